package dev.backendlab.phase02.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.backendlab.phase02.parser.BodyChunk;
import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.HttpVersion;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestEnd;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.parser.RequestParser;
import dev.backendlab.phase02.response.HttpDate;
import dev.backendlab.phase02.response.ResponseWriter;
import dev.backendlab.phase02.response.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on one {@link Selector} loop thread, like Node's: the loop accepts, reads,
 * parses and writes for every connection; no thread waits on an idle connection.
 *
 * <p>Handlers keep the blocking {@link Exchange} API, so they run on worker threads, one per
 * request in flight (the role libuv's pool plays for blocking work in Node). Between the loop and
 * a worker sit two bounded queues: request body bytes (the loop stops reading the socket while the
 * handler is behind) and response bytes (the handler's write waits while the socket is behind).
 * That is backpressure both ways, with memory bounded per connection whatever the body sizes.
 *
 * <p>The same conformance checks as {@link BlockingHttpServer} grade it, and one more: 200
 * keep-alive clients at once, served by one loop thread. Rules that keep it fast: one read buffer
 * for the whole loop (the parser copies body bytes out of it); no per-request allocation of large
 * buffers; only the loop thread touches {@code SelectionKey}s (workers post tasks to it and call
 * {@code selector.wakeup()}); timeouts checked by the loop every few tens of milliseconds.
 */
public final class NonBlockingHttpServer implements HttpServer {

    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final int STAGING_BYTES = 16 * 1024;
    private static final int MAX_QUEUED_BODY_BYTES = 256 * 1024;
    private static final int MAX_QUEUED_OUTPUT_BYTES = 256 * 1024;
    private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

    private final ServerConfig config;
    private final HttpHandler handler;
    private final Queue<Runnable> loopTasks = new ConcurrentLinkedQueue<>();
    private final Set<Connection> connections = new HashSet<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final AtomicInteger workerIds = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "http-worker-" + workerIds.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Object lifecycle = new Object();
    private Selector selector;
    private ServerSocketChannel listener;
    private Thread loop;
    private volatile boolean running;
    private volatile boolean shuttingDown;
    private int liveConnections;
    private boolean loopEnded;

    public NonBlockingHttpServer(ServerConfig config, HttpHandler handler) {
        this.config = config;
        this.handler = handler;
    }

    @Override
    public int start() throws IOException {
        if (selector != null) {
            throw new IllegalStateException("already started");
        }
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 1024);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        running = true;
        int port = listener.socket().getLocalPort();
        loop = new Thread(this::runLoop, "http-loop-" + port);
        loop.setDaemon(true);
        loop.start();
        return port;
    }

    @Override
    public void shutdown(Duration deadline) throws InterruptedException {
        shuttingDown = true;
        if (selector == null) {
            return;
        }
        onLoop(() -> {
            closeQuietly(listener);
            for (Connection connection : new ArrayList<>(connections)) {
                if (connection.exchange == null) {
                    connection.close();
                }
            }
        });
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (lifecycle) {
            while (liveConnections > 0 && !loopEnded) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                lifecycle.wait(left);
            }
        }
        running = false;
        selector.wakeup();
        loop.join(2_000);
        workers.shutdownNow();
    }

    /** Runs a task on the loop thread: the only thread that touches selection keys. */
    private void onLoop(Runnable task) {
        loopTasks.add(task);
        selector.wakeup();
    }

    private void runLoop() {
        long lastSweep = System.nanoTime();
        try {
            while (running) {
                selector.select(TimeUnit.NANOSECONDS.toMillis(SWEEP_NANOS));
                for (Runnable task = loopTasks.poll(); task != null; task = loopTasks.poll()) {
                    task.run();
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        Connection connection = (Connection) key.attachment();
                        if (key.isReadable()) {
                            connection.onReadable();
                        }
                        if (key.isValid() && key.isWritable()) {
                            connection.onWritable();
                        }
                    }
                }
                long now = System.nanoTime();
                if (now - lastSweep >= SWEEP_NANOS) {
                    lastSweep = now;
                    for (Connection connection : new ArrayList<>(connections)) {
                        connection.sweep(now);
                    }
                }
            }
        } catch (IOException e) {
            // the selector failed: nothing more can be served
        } finally {
            for (Connection connection : new ArrayList<>(connections)) {
                connection.close();
            }
            closeQuietly(listener);
            closeQuietly(selector);
            synchronized (lifecycle) {
                loopEnded = true;
                lifecycle.notifyAll();
            }
        }
    }

    private void accept() throws IOException {
        for (SocketChannel channel = listener.accept(); channel != null; channel = listener.accept()) {
            if (shuttingDown) {
                closeQuietly(channel);
                continue;
            }
            channel.configureBlocking(false);
            channel.socket().setTcpNoDelay(true);
            Connection connection = new Connection(channel);
            connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
            connections.add(connection);
            synchronized (lifecycle) {
                liveConnections++;
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // best effort
        }
    }

    private byte[] errorResponse(int status, String message) {
        byte[] body = (message + "\n").getBytes(UTF_8);
        String head = "HTTP/1.1 " + status + " " + StatusCodes.reasonPhrase(status) + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "Date: " + HttpDate.format(config.clock().instant()) + "\r\n\r\n";
        byte[] head8859 = head.getBytes(ISO_8859_1);
        byte[] all = new byte[head8859.length + body.length];
        System.arraycopy(head8859, 0, all, 0, head8859.length);
        System.arraycopy(body, 0, all, head8859.length, body.length);
        return all;
    }

    /**
     * One client connection. Fields without a note belong to the loop thread; those under
     * "shared" are guarded by the connection's monitor, which the worker also takes.
     */
    private final class Connection {

        private final SocketChannel channel;
        private final RequestParser parser = new RequestParser(config.limits());
        private final ArrayDeque<ParseEvent> inbound = new ArrayDeque<>();
        private final byte[] staging = new byte[STAGING_BYTES];
        private SelectionKey key;
        private NioExchange exchange;
        private long headStartedAt;
        private long idleSince = System.nanoTime();
        private boolean closeWhenFlushed;
        private boolean readingPaused;

        // shared
        private final ArrayDeque<ByteBuffer> output = new ArrayDeque<>();
        private long queuedOutput;
        private boolean closed;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void onReadable() {
            readBuffer.clear();
            int n;
            try {
                n = channel.read(readBuffer);
            } catch (IOException e) {
                close();
                return;
            }
            if (n < 0) {
                close();
                return;
            }
            readBuffer.flip();
            if (exchange == null && headStartedAt == 0) {
                headStartedAt = System.nanoTime();
            }
            try {
                inbound.addAll(parser.feed(readBuffer));
            } catch (HttpParseException e) {
                pauseReading();
                if (exchange == null) {
                    sendAndClose(errorResponse(e.status(), e.error().reason()));
                } else {
                    exchange.body.fail(e);
                }
                return;
            }
            pump();
        }

        /** Hands queued events on: a head starts an exchange, body events go to the running one. */
        void pump() {
            while (!inbound.isEmpty() && !closed) {
                ParseEvent event = inbound.peek();
                if (exchange == null) {
                    inbound.poll();
                    if (event instanceof RequestHead head) {
                        headStartedAt = 0;
                        exchange = new NioExchange(this, head);
                        NioExchange started = exchange;
                        workers.execute(() -> started.run());
                    }
                } else if (event instanceof RequestHead) {
                    break;  // pipelined: waits for the current exchange to finish
                } else {
                    inbound.poll();
                    exchange.body.deliver(event);
                }
            }
            boolean behind = exchange != null && (!inbound.isEmpty() || exchange.body.queued() >= MAX_QUEUED_BODY_BYTES);
            if (behind) {
                pauseReading();
            } else if (!closeWhenFlushed) {
                resumeReading();
            }
        }

        void pauseReading() {
            if (!readingPaused && key.isValid()) {
                readingPaused = true;
                key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
            }
        }

        void resumeReading() {
            if (readingPaused && key.isValid()) {
                readingPaused = false;
                key.interestOps(key.interestOps() | SelectionKey.OP_READ);
            }
        }

        void onWritable() {
            synchronized (this) {
                try {
                    while (!output.isEmpty()) {
                        ByteBuffer next = output.peek();
                        int written = channel.write(next);
                        queuedOutput -= written;
                        if (next.hasRemaining()) {
                            break;
                        }
                        output.poll();
                    }
                } catch (IOException e) {
                    output.clear();
                    queuedOutput = 0;
                    notifyAll();
                    close();
                    return;
                }
                notifyAll();
                if (!output.isEmpty()) {
                    return;
                }
            }
            if (key.isValid()) {
                key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
            }
            if (closeWhenFlushed) {
                close();
            }
        }

        /** Worker side: queue response bytes, waiting while too many are queued (backpressure). */
        void enqueue(byte[] bytes, int offset, int length) throws IOException {
            synchronized (this) {
                while (queuedOutput >= MAX_QUEUED_OUTPUT_BYTES && !closed) {
                    try {
                        wait(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while the client was slow to read", e);
                    }
                }
                if (closed) {
                    throw new IOException("the connection is closed");
                }
                ByteBuffer copy = ByteBuffer.allocate(length);
                copy.put(bytes, offset, length).flip();
                output.add(copy);
                queuedOutput += length;
            }
            onLoop(this::wantWrite);
        }

        void wantWrite() {
            if (key.isValid()) {
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
            }
        }

        void sendAndClose(byte[] response) {
            synchronized (this) {
                output.add(ByteBuffer.wrap(response));
                queuedOutput += response.length;
            }
            closeWhenFlushed = true;
            pauseReading();
            wantWrite();
        }

        /** Loop side: the worker is done with the exchange. */
        void finished(boolean keepAlive) {
            exchange = null;
            idleSince = System.nanoTime();
            if (!keepAlive || shuttingDown) {
                closeWhenFlushed = true;
                pauseReading();
                boolean flushed;
                synchronized (this) {
                    flushed = output.isEmpty();
                }
                if (flushed) {
                    close();
                } else {
                    wantWrite();
                }
                return;
            }
            pump();
        }

        void sweep(long now) {
            if (exchange != null || closeWhenFlushed || closed) {
                return;
            }
            if (headStartedAt != 0 && now - headStartedAt > config.headerTimeout().toNanos()) {
                sendAndClose(errorResponse(408, "the request head took too long"));
            } else if (headStartedAt == 0 && inbound.isEmpty() && now - idleSince > config.idleTimeout().toNanos()) {
                close();
            }
        }

        void close() {
            boolean wasOpen;
            synchronized (this) {
                wasOpen = !closed;
                closed = true;
                notifyAll();
            }
            if (exchange != null) {
                exchange.body.fail(null);
            }
            if (!wasOpen) {
                return;
            }
            key.cancel();
            closeQuietly(channel);
            connections.remove(this);
            synchronized (lifecycle) {
                liveConnections--;
                lifecycle.notifyAll();
            }
        }
    }

    /** One request handled on a worker thread. */
    private final class NioExchange implements Exchange {

        private final Connection connection;
        private final RequestHead head;
        private final RequestBody body;
        private final ConnectionOutput out;
        private final ResponseWriter writer;
        private OutputStream stream;
        private boolean started;

        NioExchange(Connection connection, RequestHead head) {
            this.connection = connection;
            this.head = head;
            this.body = new RequestBody(connection, head);
            this.out = new ConnectionOutput(connection);
            this.writer = new ResponseWriter(out, head, config.clock());
            this.body.writer = writer;
        }

        void run() {
            boolean keepAlive = false;
            try {
                handler.handle(this);
                if (stream != null) {
                    stream.close();
                }
                if (!started) {
                    out.write(errorResponse(500, "the handler sent no response"));
                } else {
                    keepAlive = writer.keepAlive() && body.drain();
                }
                out.flush();
            } catch (Exception e) {
                try {
                    if (!started) {
                        HttpParseException refused = body.parseFailure();
                        out.write(refused != null ? errorResponse(refused.status(), refused.error().reason())
                                : errorResponse(500, "Internal Server Error"));
                    }
                    out.flush();
                } catch (IOException ignored) {
                    // the connection is gone
                }
            }
            boolean again = keepAlive;
            onLoop(() -> connection.finished(again));
        }

        @Override
        public RequestHead head() {
            return head;
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public void send(int status, List<HeaderField> headers, byte[] bytes) throws IOException {
            body.responseStarted = true;
            try {
                writer.send(status, headers, bytes);
                started = true;
            } catch (IOException e) {
                started = true;
                throw e;
            }
        }

        @Override
        public OutputStream stream(int status, List<HeaderField> headers) throws IOException {
            body.responseStarted = true;
            try {
                stream = writer.stream(status, headers);
                started = true;
                return stream;
            } catch (IOException e) {
                started = true;
                throw e;
            }
        }
    }

    /** Response bytes from a worker, staged in the connection's buffer and queued for the loop. */
    private static final class ConnectionOutput extends OutputStream {

        private final Connection connection;
        private int staged;

        ConnectionOutput(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void write(int b) throws IOException {
            if (staged == connection.staging.length) {
                flush();
            }
            connection.staging[staged++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (staged == connection.staging.length) {
                    flush();
                }
                int n = Math.min(length, connection.staging.length - staged);
                System.arraycopy(bytes, offset, connection.staging, staged, n);
                staged += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            if (staged > 0) {
                int n = staged;
                staged = 0;
                connection.enqueue(connection.staging, 0, n);
            }
        }
    }

    /** The request body as the worker reads it, fed by the loop through a bounded queue. */
    private final class RequestBody extends InputStream {

        private final Connection connection;
        private final boolean expectsContinue;
        private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
        private ResponseWriter writer;
        private long queued;
        private boolean ended;
        private boolean failed;
        private HttpParseException parseFailure;
        private byte[] current = new byte[0];
        private int position;
        private boolean continueSent;
        private volatile boolean responseStarted;

        RequestBody(Connection connection, RequestHead head) {
            this.connection = connection;
            this.expectsContinue = head.version() == HttpVersion.HTTP_1_1 && head.headers().stream()
                    .anyMatch(f -> f.name().equalsIgnoreCase("Expect") && f.value().equalsIgnoreCase("100-continue"));
        }

        /** Loop side. */
        synchronized void deliver(ParseEvent event) {
            if (event instanceof BodyChunk chunk) {
                chunks.add(chunk.bytes());
                queued += chunk.bytes().length;
            } else if (event instanceof RequestEnd) {
                ended = true;
            }
            notifyAll();
        }

        /** Loop side: the body will not complete (bad framing, or the connection closed). */
        synchronized void fail(HttpParseException cause) {
            failed = true;
            if (cause != null) {
                parseFailure = cause;
            }
            notifyAll();
        }

        synchronized long queued() {
            return queued;
        }

        synchronized HttpParseException parseFailure() {
            return parseFailure;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == current.length && !nextChunk()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, n);
            position += n;
            return n;
        }

        private boolean nextChunk() throws IOException {
            boolean sendContinue;
            synchronized (this) {
                sendContinue = chunks.isEmpty() && !ended && !failed && expectsContinue && !continueSent && !responseStarted;
                continueSent |= sendContinue;
            }
            if (sendContinue) {
                writer.informational(100);  // outside the lock: it may wait for the socket, and the loop needs the lock
            }
            boolean resume;
            synchronized (this) {
                long deadline = System.nanoTime() + config.idleTimeout().toNanos();
                while (chunks.isEmpty() && !ended && !failed) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        throw new SocketTimeoutException("no body bytes for " + config.idleTimeout().toMillis() + " ms");
                    }
                    try {
                        wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while waiting for the body", e);
                    }
                }
                if (chunks.isEmpty()) {
                    if (failed && !ended) {
                        throw new IOException(parseFailure != null ? "request body refused: " + parseFailure.getMessage()
                                : "the connection closed before the end of the body");
                    }
                    return false;
                }
                current = chunks.poll();
                position = 0;
                resume = queued >= MAX_QUEUED_BODY_BYTES / 2 && queued - current.length < MAX_QUEUED_BODY_BYTES / 2;
                queued -= current.length;
            }
            if (resume || queued() == 0) {
                onLoop(connection::pump);
            }
            return true;
        }

        /** Skips what the handler left unread; false when the connection cannot be reused. */
        boolean drain() {
            synchronized (this) {
                if (expectsContinue && !continueSent && !ended) {
                    return false;
                }
            }
            byte[] skip = new byte[8192];
            try {
                while (read(skip, 0, skip.length) >= 0) {
                    // discarded
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
