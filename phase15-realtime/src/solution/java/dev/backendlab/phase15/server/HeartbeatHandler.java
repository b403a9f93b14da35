package dev.backendlab.phase15.server;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps only live clients: after the handshake, every {@code interval} it checks that the client
 * answered the previous ping with a pong, then pings again. A client that did not answer is
 * dropped at once, without a close handshake (it is presumed gone), like ws's
 * {@code ws.terminate()} in its heartbeat example.
 */
public final class HeartbeatHandler extends ChannelDuplexHandler {

    private final Duration interval;
    // Only touched on the channel's event loop: no synchronisation needed.
    private boolean alive = true;
    private ScheduledFuture<?> ticks;

    public HeartbeatHandler(Duration interval) {
        this.interval = interval;
    }

    /** On {@code HandshakeComplete}: schedule the check-and-ping task on the channel's event loop. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            long millis = interval.toMillis();
            ticks = ctx.executor().scheduleAtFixedRate(() -> tick(ctx), millis, millis, TimeUnit.MILLISECONDS);
            ctx.channel().closeFuture().addListener(closed -> ticks.cancel(false));
        }
        super.userEventTriggered(ctx, event);
    }

    /** A pong marks the client alive (and goes no further); every other message passes on. */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof PongWebSocketFrame pong) {
            alive = true;
            pong.release();
            return;
        }
        super.channelRead(ctx, msg);
    }

    private void tick(ChannelHandlerContext ctx) {
        if (!alive) {
            ctx.channel().close();
            return;
        }
        alive = false;
        ctx.channel().writeAndFlush(new PingWebSocketFrame());
    }
}
