package dev.backendlab.phase02.server;

import java.io.IOException;
import java.time.Duration;

/** What both servers of this module offer: start on a port, stop gracefully. */
public interface HttpServer extends AutoCloseable {

    /**
     * Binds the loopback interface on the configured port and starts accepting connections.
     *
     * @return the port bound (the free one chosen for port 0)
     * @throws IllegalStateException when already started
     */
    int start() throws IOException;

    /**
     * Stops gracefully: new connections are refused at once, idle connections are closed,
     * requests in flight may finish until {@code deadline}; then every connection is closed.
     * Returns when all connections ended (or shortly after the deadline).
     */
    void shutdown(Duration deadline) throws InterruptedException;

    /** Shuts down with no grace: in-flight requests are cut off. */
    @Override
    default void close() {
        try {
            shutdown(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
