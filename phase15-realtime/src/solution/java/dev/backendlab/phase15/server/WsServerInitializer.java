package dev.backendlab.phase15.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * Builds the pipeline of one connection: HTTP until the handshake, then WebSocket frames.
 *
 * <p>Order from the socket inwards: {@code HttpServerCodec}, {@code HttpObjectAggregator},
 * {@code WebSocketServerProtocolHandler} (handshake, frame codec, UTF-8 checks, answering pings;
 * configured to pass pongs and close frames on), {@code WebSocketFrameAggregator} (joins
 * fragments), {@link SlowConsumerGuard}, {@link HeartbeatHandler}, {@link WsFrameHandler}.
 */
public final class WsServerInitializer extends ChannelInitializer<SocketChannel> {

    private static final int MAX_HANDSHAKE_REQUEST = 8192;

    private final WsServerConfig config;
    private final ChannelGroup connections;

    public WsServerInitializer(WsServerConfig config, ChannelGroup connections) {
        this.config = config;
        this.connections = connections;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        WebSocketServerProtocolConfig protocol = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(config.path())
                .maxFramePayloadLength(config.maxMessageSize())
                .dropPongFrames(false)
                // The close handshake is ours: WsFrameHandler answers or completes it.
                .handleCloseFrames(false)
                .forceCloseTimeoutMillis(config.closeTimeout().toMillis())
                // Closing the channel means closing TCP: no extra "1000 Bye" frame from Netty.
                .sendCloseFrame(null)
                .build();
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast(new HttpServerCodec());
        pipeline.addLast(new HttpObjectAggregator(MAX_HANDSHAKE_REQUEST));
        pipeline.addLast(new WebSocketServerProtocolHandler(protocol));
        pipeline.addLast(new WebSocketFrameAggregator(config.maxMessageSize()));
        pipeline.addLast(new SlowConsumerGuard(config.maxQueuedBytes(), config.closeTimeout().toMillis()));
        pipeline.addLast(new HeartbeatHandler(config.heartbeatInterval()));
        pipeline.addLast(new WsFrameHandler(connections));
    }
}
