package dev.backendlab.phase15.server;

import dev.backendlab.grader.NotImplementedYetException;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import java.time.Duration;

/**
 * Keeps only live clients: after the handshake, every {@code interval} it checks that the client
 * answered the previous ping with a pong, then pings again. A client that did not answer is
 * dropped at once, without a close handshake (it is presumed gone), like ws's
 * {@code ws.terminate()} in its heartbeat example.
 */
public final class HeartbeatHandler extends ChannelDuplexHandler {

    public HeartbeatHandler(Duration interval) {
        // TODO keep interval in a final field
    }

    /** On {@code HandshakeComplete}: schedule the check-and-ping task on the channel's event loop. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        // TODO ctx.executor().scheduleAtFixedRate(...), cancelled when the channel closes.
        throw new NotImplementedYetException("schedule the heartbeat", "Exercise 3: A ws-style server");
    }

    /** A pong marks the client alive (and goes no further); every other message passes on. */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        // TODO PongWebSocketFrame: remember the client is alive, release the frame.
        throw new NotImplementedYetException("notice pongs", "Exercise 3: A ws-style server");
    }
}
