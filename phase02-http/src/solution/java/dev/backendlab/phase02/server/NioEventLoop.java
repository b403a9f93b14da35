package dev.backendlab.phase02.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link NonBlockingHttpServer}'s one loop thread: select, run the tasks other threads
 * posted, accept, let each ready connection read or write, check timeouts; again. It owns the
 * selector, so it is the only thread that touches a {@link SelectionKey}.
 */
final class NioEventLoop implements Runnable {

    private static final long SWEEP_MILLIS = 25;
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    final ServerConfig config;
    final HttpHandler handler;
    /** Shared by every connection: the parser copies body bytes out, so nothing outlives a read. */
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Set<NioConnection> connections = new HashSet<>();
    private final AtomicInteger workerIds = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "http-worker-" + workerIds.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Object lifecycle = new Object();
    private volatile boolean running = true;
    private volatile boolean shuttingDown;
    private int liveConnections;
    private boolean ended;

    private NioEventLoop(ServerConfig config, HttpHandler handler, Selector selector, ServerSocketChannel listener) {
        this.config = config;
        this.handler = handler;
        this.selector = selector;
        this.listener = listener;
    }

    /** A loop with its listening channel bound to the loopback address and registered for accepts. */
    static NioEventLoop open(ServerConfig config, HttpHandler handler) throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 1024);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        return new NioEventLoop(config, handler, selector, listener);
    }

    int port() {
        return listener.socket().getLocalPort();
    }

    /** Runs {@code task} on the loop thread, from any thread: how a worker asks for a key change. */
    void post(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Runs a request's handler off the loop: a handler may block, the loop never does. */
    void execute(Runnable exchange) {
        workers.execute(exchange);
    }

    boolean shuttingDown() {
        return shuttingDown;
    }

    /** Shutdown's first step: new connections are refused, idle ones closed; busy ones go on. */
    void stopAccepting() {
        shuttingDown = true;
        post(() -> {
            Quietly.close(listener);
            new ArrayList<>(connections).forEach(NioConnection::closeIfIdle);
        });
    }

    /** Waits until every connection closed, or the deadline passed. */
    void awaitConnectionsClosed(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (lifecycle) {
            while (liveConnections > 0 && !ended) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                lifecycle.wait(left);
            }
        }
    }

    /** Ends the loop, which then closes every connection that is left. */
    void stop() {
        running = false;
        selector.wakeup();
    }

    @Override
    public void run() {
        long lastSweep = System.nanoTime();
        try {
            while (running) {
                selector.select(SWEEP_MILLIS);
                for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
                handleReadyKeys();
                long now = System.nanoTime();
                if (now - lastSweep >= TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS)) {
                    lastSweep = now;
                    new ArrayList<>(connections).forEach(connection -> connection.sweep(now));
                }
            }
        } catch (IOException e) {
            // the selector failed: nothing more can be served
        } finally {
            new ArrayList<>(connections).forEach(NioConnection::close);
            Quietly.close(listener);
            Quietly.close(selector);
            workers.shutdownNow();
            synchronized (lifecycle) {
                ended = true;
                lifecycle.notifyAll();
            }
        }
    }

    /** A connection closed: it leaves the loop, and shutdown may be waiting for it. */
    void closed(NioConnection connection) {
        connections.remove(connection);
        synchronized (lifecycle) {
            liveConnections--;
            lifecycle.notifyAll();
        }
    }

    private void handleReadyKeys() throws IOException {
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            if (!key.isValid()) {
                continue;
            }
            if (key.isAcceptable()) {
                accept();
                continue;
            }
            NioConnection connection = (NioConnection) key.attachment();
            if (key.isReadable()) {
                connection.onReadable();
            }
            if (key.isValid() && key.isWritable()) {
                connection.onWritable();
            }
        }
    }

    private void accept() throws IOException {
        for (SocketChannel channel = listener.accept(); channel != null; channel = listener.accept()) {
            if (shuttingDown) {
                Quietly.close(channel);
                continue;
            }
            channel.configureBlocking(false);
            channel.socket().setTcpNoDelay(true);
            connections.add(new NioConnection(this, channel, selector));
            synchronized (lifecycle) {
                liveConnections++;
            }
        }
    }
}
