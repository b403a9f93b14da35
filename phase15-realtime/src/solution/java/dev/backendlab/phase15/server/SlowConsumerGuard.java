package dev.backendlab.phase15.server;

import dev.backendlab.phase15.frames.CloseCodes;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Bounds what one client can make the server hold. Data frames pass straight through while the
 * channel is writable; when it is not (Netty's outbound buffer is above its high water mark
 * because the client does not read), they wait in this handler's queue, which drains when the
 * channel becomes writable again. When the queue would exceed {@code maxQueuedBytes}, the queue is
 * dropped and the client is closed with 1008 (policy violation): one slow client never makes the
 * server's memory grow without bound, and never slows the others down.
 *
 * <p>Control frames (ping, close) are never queued.
 */
public final class SlowConsumerGuard extends ChannelDuplexHandler {

    private final int maxQueuedBytes;
    private final long closeTimeoutMillis;
    // Event loop only.
    private final Queue<Pending> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean givenUp;

    private record Pending(WebSocketFrame frame, ChannelPromise promise) {
    }

    public SlowConsumerGuard(int maxQueuedBytes, long closeTimeoutMillis) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.closeTimeoutMillis = closeTimeoutMillis;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (!(msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame)) {
            ctx.write(msg, promise);
            return;
        }
        if (givenUp) {
            ReferenceCountUtil.release(msg);
            promise.tryFailure(new ClosedChannelException());
            return;
        }
        if (queue.isEmpty() && ctx.channel().isWritable()) {
            ctx.write(msg, promise);
            return;
        }
        WebSocketFrame frame = (WebSocketFrame) msg;
        queue.add(new Pending(frame, promise));
        queuedBytes += frame.content().readableBytes();
        if (queuedBytes > maxQueuedBytes) {
            giveUp(ctx);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        boolean wrote = false;
        while (ctx.channel().isWritable() && !queue.isEmpty()) {
            Pending next = queue.poll();
            queuedBytes -= next.frame().content().readableBytes();
            ctx.write(next.frame(), next.promise());
            wrote = true;
        }
        if (wrote) {
            ctx.flush();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        dropQueue();
    }

    private void giveUp(ChannelHandlerContext ctx) {
        givenUp = true;
        dropQueue();
        WsFrameHandler.startClose(ctx.channel(), CloseCodes.POLICY_VIOLATION, "slow consumer", closeTimeoutMillis);
    }

    private void dropQueue() {
        Pending pending;
        while ((pending = queue.poll()) != null) {
            pending.frame().release();
            pending.promise().tryFailure(new ClosedChannelException());
        }
        queuedBytes = 0;
    }
}
