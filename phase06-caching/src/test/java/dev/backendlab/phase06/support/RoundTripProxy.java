package dev.backendlab.phase06.support;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy in front of Redis for one client connection, which tells whether a batch of commands
 * was pipelined.
 *
 * <p>After {@link #holdRepliesUntil(int)}, the proxy passes commands on to Redis at once but keeps
 * Redis's replies back until it has seen that many commands from the client. A client that
 * pipelines sends them all without waiting, so the replies are released and everything proceeds.
 * A client that waits for each reply sends one command and stops: {@link #awaitHeldCommands}
 * reports how many it saw, then lets the replies through so the client can finish.
 */
public final class RoundTripProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String redisHost;
    private final int redisPort;
    private final RespCommandCounter counter = new RespCommandCounter();
    private final ByteArrayOutputStream heldReplies = new ByteArrayOutputStream();
    private volatile Socket client;
    private volatile Socket server;
    private int expected;
    private int seenAtRelease;
    private boolean holding;
    private CountDownLatch reached = new CountDownLatch(0);

    public RoundTripProxy(String redisHost, int redisPort) throws IOException {
        this.redisHost = redisHost;
        this.redisPort = redisPort;
        this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptOne, "round-trip-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The URI a client connects to instead of Redis. */
    public String uri() {
        return "redis://127.0.0.1:" + listener.getLocalPort();
    }

    /** From now on, keep replies back until {@code commands} more commands arrived from the client. */
    public synchronized void holdRepliesUntil(int commands) {
        counter.reset();
        expected = commands;
        holding = true;
        reached = new CountDownLatch(1);
    }

    /**
     * Waits until the client sent the expected commands, at most {@code timeout}; then releases the
     * held replies in any case.
     *
     * @return how many commands the client sent before it needed a reply
     */
    public int awaitHeldCommands(Duration timeout) throws InterruptedException {
        CountDownLatch latch;
        synchronized (this) {
            latch = reached;
        }
        latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (this) {
            if (holding) {
                release();
            }
            return seenAtRelease;
        }
    }

    /** The names of the commands counted since {@link #holdRepliesUntil(int)}. */
    public synchronized java.util.List<String> commandNames() {
        return counter.names();
    }

    /** Lets the held replies through now, and every later one. */
    public synchronized void releaseReplies() {
        if (holding) {
            release();
        }
    }

    private void acceptOne() {
        try {
            client = listener.accept();
            server = new Socket(redisHost, redisPort);
            InputStream fromClient = client.getInputStream();
            OutputStream toServer = server.getOutputStream();
            Thread up = new Thread(() -> pump(fromClient, toServer, true), "proxy-up");
            up.setDaemon(true);
            up.start();
            pump(server.getInputStream(), client.getOutputStream(), false);
        } catch (IOException e) {
            // closed: the test ended
        }
    }

    private void pump(InputStream in, OutputStream out, boolean fromClient) {
        byte[] buffer = new byte[16 * 1024];
        try (in) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                if (fromClient) {
                    // Count before forwarding: once Redis has the command, its reply may race us.
                    commandsArrived(buffer, n);
                    out.write(buffer, 0, n);
                    out.flush();
                } else {
                    replyArrived(buffer, n, out);
                }
            }
        } catch (IOException e) {
            // one side closed; the other side's pump ends on its own
        } finally {
            closeQuietly();
        }
    }

    private synchronized void commandsArrived(byte[] bytes, int length) throws IOException {
        counter.feed(bytes, length);
        if (holding && counter.count() >= expected) {
            release();
        }
    }

    private synchronized void replyArrived(byte[] bytes, int length, OutputStream out) throws IOException {
        if (holding) {
            heldReplies.write(bytes, 0, length);
        } else {
            out.write(bytes, 0, length);
            out.flush();
        }
    }

    private void release() {
        seenAtRelease = counter.count();
        holding = false;
        reached.countDown();
        try {
            if (client != null && heldReplies.size() > 0) {
                client.getOutputStream().write(heldReplies.toByteArray());
                client.getOutputStream().flush();
            }
        } catch (IOException e) {
            closeQuietly();
        }
        heldReplies.reset();
    }

    private void closeQuietly() {
        for (Closeable closeable : new Closeable[] {client, server, listener}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** Counts complete RESP commands (arrays of bulk strings) in a byte stream fed in pieces. */
    static final class RespCommandCounter {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final java.util.List<String> names = new java.util.ArrayList<>();
        private int count;

        void reset() {
            count = 0;
            names.clear();
        }

        java.util.List<String> names() {
            return java.util.List.copyOf(names);
        }

        int count() {
            return count;
        }

        void feed(byte[] bytes, int length) {
            pending.write(bytes, 0, length);
            byte[] data = pending.toByteArray();
            int at = 0;
            while (true) {
                int next = skipCommand(data, at);
                if (next < 0) {
                    break;
                }
                count++;
                names.add(commandName(data, at));
                at = next;
            }
            pending.reset();
            pending.write(data, at, data.length - at);
        }

        /** The index just past the command starting at {@code at}, or -1 if it is not complete yet. */
        private static int skipCommand(byte[] data, int at) {
            int lineEnd = lineEnd(data, at);
            if (lineEnd < 0 || data[at] != '*') {
                return -1;
            }
            int parts = Integer.parseInt(new String(data, at + 1, lineEnd - at - 1));
            int pos = lineEnd + 2;
            for (int i = 0; i < parts; i++) {
                int headerEnd = lineEnd(data, pos);
                if (headerEnd < 0) {
                    return -1;
                }
                int length = Integer.parseInt(new String(data, pos + 1, headerEnd - pos - 1));
                pos = headerEnd + 2 + length + 2;
                if (pos > data.length) {
                    return -1;
                }
            }
            return pos;
        }

        private static String commandName(byte[] data, int at) {
            int header = lineEnd(data, at) + 2;
            int lengthEnd = lineEnd(data, header);
            int length = Integer.parseInt(new String(data, header + 1, lengthEnd - header - 1));
            return new String(data, lengthEnd + 2, length, java.nio.charset.StandardCharsets.UTF_8);
        }

        private static int lineEnd(byte[] data, int from) {
            for (int i = from; i + 1 < data.length; i++) {
                if (data[i] == '\r' && data[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
