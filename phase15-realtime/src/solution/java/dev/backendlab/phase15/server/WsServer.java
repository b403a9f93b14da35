package dev.backendlab.phase15.server;

import dev.backendlab.phase15.frames.CloseCodes;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A ws-style WebSocket server on Netty: echoes every message back to its sender, can broadcast
 * to every client, pings them, and closes politely.
 *
 * <p>The Netty counterpart of {@code new WebSocketServer({ port })} in Node's ws library.
 */
public final class WsServer implements AutoCloseable {

    // Small marks make "not writable" mean "this client is not keeping up" rather than "a burst".
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(16 * 1024, 32 * 1024);

    private final WsServerConfig config;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private Channel serverChannel;

    public WsServer(WsServerConfig config) {
        this.config = config;
    }

    /**
     * Binds 127.0.0.1 on a free port and starts accepting connections, with
     * {@link WsServerInitializer} building each connection's pipeline and SO_SNDBUF set when the
     * config asks for it.
     *
     * @return the port bound
     */
    public int start() throws InterruptedException {
        bossGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workerGroup = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .childHandler(new WsServerInitializer(config, connections));
        if (config.socketSendBuffer() > 0) {
            bootstrap.childOption(ChannelOption.SO_SNDBUF, config.socketSendBuffer());
        }
        serverChannel = bootstrap.bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** How many clients have completed the handshake and are still connected. */
    public int connectionCount() {
        return connections.size();
    }

    /** Sends {@code text} as a text message to every connected client. Returns at once. */
    public void broadcast(String text) {
        connections.writeAndFlush(new TextWebSocketFrame(text));
    }

    /**
     * Shuts down: sends every client a close frame with 1001 (going away), waits up to
     * {@code closeTimeout} for them to answer, closes what is left, and releases the threads.
     */
    @Override
    public void close() {
        if (serverChannel == null) {
            return;
        }
        // Uninterruptible, bounded waits: AutoCloseable.close should not throw InterruptedException
        // (try-with-resources would suppress it), and a half-done close would leak the event loops.
        serverChannel.close().syncUninterruptibly();
        serverChannel = null;
        long timeout = config.closeTimeout().toMillis();
        for (Channel channel : connections) {
            WsFrameHandler.startClose(channel, CloseCodes.GOING_AWAY, "server shutting down", timeout);
        }
        connections.newCloseFuture().awaitUninterruptibly(timeout + 1000, TimeUnit.MILLISECONDS);
        connections.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        bossGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workerGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
