package dev.backendlab.phase06.support;

import dev.backendlab.grader.fixtures.redis.TestRedis;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Takes Redis away from the code under test, and brings it back.
 *
 * <p>The code under test connects to {@link #uri()}, a pass-through TCP proxy in front of the test
 * Redis. {@link #begin()} stops the embedded redis-server for real ({@link TestRedis#stopServer()})
 * and makes the proxy drop every connection and refuse new ones; {@link #end()} starts the server
 * again (empty) and lets connections through. With {@code REDIS_URL} the external server is never
 * stopped: the proxy alone makes it unreachable, which is what the code under test sees either way.
 */
public final class RedisOutage implements AutoCloseable {

    private final TestRedis redis = TestRedis.get();
    private final ServerSocket listener;
    private final List<Closeable> open = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public RedisOutage() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "redis-outage-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String uri() {
        return "redis://127.0.0.1:" + listener.getLocalPort();
    }

    /** Whether the server itself is stopped during the outage (embedded), or only cut off (external). */
    public boolean stopsTheServer() {
        return redis.canRestart();
    }

    public synchronized void begin() {
        down = true;
        closeAll();
        if (redis.canRestart()) {
            redis.stopServer();
        }
    }

    public synchronized void end() {
        if (!down) {
            return;
        }
        if (redis.canRestart()) {
            redis.startServer();
        }
        down = false;
    }

    @Override
    public void close() {
        end();
        closeAll();
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(redis.host(), redis.port());
                open.add(client);
                open.add(server);
                pump(client.getInputStream(), server.getOutputStream(), client, server);
                pump(server.getInputStream(), client.getOutputStream(), client, server);
            } catch (IOException e) {
                // the listener closed, or Redis refused: the client sees its connection drop
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "redis-outage-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void closeAll() {
        open.forEach(RedisOutage::closeQuietly);
        open.clear();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
