package dev.backendlab.phase15.server;

import dev.backendlab.grader.NotImplementedYetException;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;

/**
 * Builds the pipeline of one connection: HTTP until the handshake, then WebSocket frames.
 *
 * <p>Order from the socket inwards: {@code HttpServerCodec}, {@code HttpObjectAggregator},
 * {@code WebSocketServerProtocolHandler} (handshake, frame codec, UTF-8 checks, answering pings;
 * configured to pass pongs and close frames on), {@code WebSocketFrameAggregator} (joins
 * fragments), {@link SlowConsumerGuard}, {@link HeartbeatHandler}, {@link WsFrameHandler}.
 */
public final class WsServerInitializer extends ChannelInitializer<SocketChannel> {

    public WsServerInitializer(WsServerConfig config, ChannelGroup connections) {
        // TODO keep config and connections in final fields
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        // TODO add the handlers in the order above; WebSocketServerProtocolConfig.newBuilder() sets
        //  the path, maxFramePayloadLength, dropPongFrames(false), handleCloseFrames(false).
        throw new NotImplementedYetException("build the connection's pipeline", "Exercise 3: A ws-style server");
    }
}
