package dev.backendlab.web;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on Netty that hands every request to a {@link Router}: what
 * {@code http.createServer(app).listen(0)} is in Node.
 *
 * <pre>{@code
 * Router router = new Router().get("/hello", ex -> ex.sendText(200, "hi"));
 * try (WebServer server = WebServer.start(router)) {
 *     URI uri = server.uri("/hello");   // http://127.0.0.1:<ephemeral port>/hello
 * }
 * }</pre>
 *
 * <p>It listens on the loopback address and an ephemeral port, so tests never collide. One Netty
 * thread does the I/O; handlers run on a pool of worker threads, so a handler that blocks does not
 * stall other connections. Request bodies are read whole, up to a limit (413 beyond it).
 */
public final class WebServer implements AutoCloseable {

    /** The request body limit when none is given: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private final EventLoopGroup group;
    private final ExecutorService workers;
    private final Channel channel;
    private final int port;

    private WebServer(EventLoopGroup group, ExecutorService workers, Channel channel) {
        this.group = group;
        this.workers = workers;
        this.channel = channel;
        this.port = ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public static WebServer start(Router router) {
        return start(router, DEFAULT_MAX_BODY_BYTES);
    }

    public static WebServer start(Router router, int maxBodyBytes) {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new WebServerInitializer(router, workers, maxBodyBytes))
                    .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .syncUninterruptibly()
                    .channel();
            return new WebServer(group, workers, channel);
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownNow();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI baseUri() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
    }

    /** The absolute URI of a path (with its query, if any) on this server. */
    public URI uri(String pathAndQuery) {
        return baseUri().resolve(pathAndQuery);
    }

    /** Stops listening, closes every connection and stops the workers. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "web-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
