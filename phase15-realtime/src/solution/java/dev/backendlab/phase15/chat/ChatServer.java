package dev.backendlab.phase15.chat;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A chat server to open in two browser tabs: the page {@code chat.html} at {@code /}, and a
 * WebSocket at {@link #CHAT_PATH} that relays every text message to every connected tab, the
 * sender's included. {@link ChatDemo} runs it for a browser.
 */
public final class ChatServer implements AutoCloseable {

    /** The WebSocket endpoint; the page connects to the same path. */
    public static final String CHAT_PATH = "/chat";

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final ChannelGroup tabs = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private Channel serverChannel;

    /**
     * Binds 127.0.0.1 on {@code port} (0 for any free one) and returns the port bound: {@code /}
     * answers the page, {@link #CHAT_PATH} upgrades to a WebSocket, any other path gets 404.
     */
    public int start(int port) throws InterruptedException {
        serverChannel = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024),
                                new WebSocketServerProtocolHandler(CHAT_PATH),
                                new ChatPageHandler(), new ChatRoomHandler(tabs));
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", port)).sync().channel();
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Stops listening, closes every tab's connection and the event loops. */
    @Override
    public void close() {
        // Uninterruptible, bounded waits: AutoCloseable.close should not throw InterruptedException
        // (try-with-resources would suppress it), and a half-done close would leak the event loops.
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        tabs.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
