package dev.backendlab.phase15.server;

import dev.backendlab.grader.NotImplementedYetException;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

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

    public SlowConsumerGuard(int maxQueuedBytes, long closeTimeoutMillis) {
        // TODO keep maxQueuedBytes and closeTimeoutMillis in final fields
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        // TODO pass through, queue, or give up on the client.
        throw new NotImplementedYetException("queue writes for a slow client", "Exercise 3: A ws-style server");
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        // TODO drain the queue while the channel is writable.
        throw new NotImplementedYetException("drain the queue", "Exercise 3: A ws-style server");
    }
}
