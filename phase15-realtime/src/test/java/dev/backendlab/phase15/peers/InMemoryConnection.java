package dev.backendlab.phase15.peers;

import io.netty.channel.ChannelHandler;
import io.netty.channel.DefaultChannelId;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One connection with no socket under it: Netty's {@code EmbeddedChannel} running the handlers
 * under test. Its clock is frozen, so scheduled tasks (a heartbeat, a close timeout) run only when a
 * check moves time on with {@link #advance}: intervals are graded exactly, without sleeping.
 */
public final class InMemoryConnection {

    /** What Netty's {@code WebSocketServerProtocolHandler} fires once the handshake is answered. */
    public static final WebSocketServerProtocolHandler.HandshakeComplete HANDSHAKE_COMPLETE =
            new WebSocketServerProtocolHandler.HandshakeComplete("/ws", new DefaultHttpHeaders(), null);

    private InMemoryConnection() {
    }

    /** A connection whose pipeline holds {@code handlers}, before its handshake completed. */
    public static EmbeddedChannel open(ChannelHandler... handlers) {
        // Every EmbeddedChannel shares one id by default, and a ChannelGroup keeps one channel per id.
        EmbeddedChannel channel = new EmbeddedChannel(DefaultChannelId.newInstance(), handlers);
        channel.freezeTime();
        return channel;
    }

    /** A connection whose pipeline holds {@code handlers}, after Netty reported its handshake complete. */
    public static EmbeddedChannel afterHandshake(ChannelHandler... handlers) {
        EmbeddedChannel channel = open(handlers);
        completeHandshake(channel);
        return channel;
    }

    public static void completeHandshake(EmbeddedChannel channel) {
        channel.pipeline().fireUserEventTriggered(HANDSHAKE_COMPLETE);
        channel.checkException();
    }

    /** Moves the connection's clock on and runs whatever was scheduled up to then. */
    public static void advance(EmbeddedChannel channel, Duration by) {
        channel.advanceTimeBy(by.toNanos(), TimeUnit.NANOSECONDS);
        channel.runPendingTasks();
        channel.runScheduledPendingTasks();
        channel.checkException();
    }

    /** Everything written towards the client so far, in order, taken out of the channel. */
    public static List<Object> drainOutbound(EmbeddedChannel channel) {
        List<Object> written = new ArrayList<>();
        Object next;
        while ((next = channel.readOutbound()) != null) {
            written.add(next);
        }
        return written;
    }

    /** The frames' class names, for failure messages: "[PingWebSocketFrame, TextWebSocketFrame]". */
    public static String names(List<Object> written) {
        return written.stream().map(o -> o.getClass().getSimpleName()).toList().toString();
    }

    public static void release(List<Object> written) {
        written.forEach(ReferenceCountUtil::release);
    }
}
