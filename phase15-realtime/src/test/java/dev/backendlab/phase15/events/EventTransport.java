package dev.backendlab.phase15.events;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket transport under the event layer: a given Netty server (exercise 3 is where a
 * learner writes one) that turns connections into {@link Peer}s. A client names itself with
 * {@code ?name=alice} on the path {@code /events}.
 */
final class EventTransport implements AutoCloseable {

    private final EventServer events;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private Channel serverChannel;

    EventTransport(EventServer events) {
        this.events = events;
    }

    int start() throws InterruptedException {
        serverChannel = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                        .websocketPath("/events").checkStartsWith(true).build()),
                                new PeerHandler());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    @Override
    public void close() {
        // Uninterruptibly: a test's teardown must not be cut short, and close may not throw
        // InterruptedException (AutoCloseable's contract).
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    private final class PeerHandler extends SimpleChannelInboundHandler<TextWebSocketFrame> {

        private Peer peer;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete handshake) {
                List<String> names = new QueryStringDecoder(handshake.requestUri()).parameters().get("name");
                Channel channel = ctx.channel();
                String id = names == null ? channel.id().asShortText() : names.get(0);
                peer = new Peer() {
                    @Override
                    public String id() {
                        return id;
                    }

                    @Override
                    public void send(String text) {
                        channel.writeAndFlush(new TextWebSocketFrame(text));
                    }
                };
                events.connected(peer);
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            events.received(peer, frame.text());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (peer != null) {
                events.disconnected(peer);
            }
            super.channelInactive(ctx);
        }
    }
}
