package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

/**
 * An HTTP/1.1 server with one thread per connection, on {@link ServerSocket}: the simplest model
 * that is correct, and the one Node replaced with a single event loop.
 *
 * <p>Each connection thread loops: wait for a request head (idle timeout, then header timeout),
 * call the handler with a body stream that reads from the socket on demand, let the response
 * writer frame the answer, and keep the connection for the next request when both sides agree.
 * Bytes the parser refuses get their status (400, 413, 414, 431, 501, 505) and a close.
 *
 * <p>What the grading checks hold it to:
 * <ul>
 *   <li>Keep-alive as {@code ResponseWriter.keepAlive()} decides; pipelined requests answered in
 *       order (the parser may return the next request's events with this one's).</li>
 *   <li>{@code Expect: 100-continue}: send {@code 100 Continue} when the handler first reads the
 *       body; a handler that answers without reading it gets its response sent and the connection
 *       closed (the client never sent the body).</li>
 *   <li>Bodies stream both ways: the request body is read from the socket as the handler reads
 *       it, the response body written as the handler writes it. Memory stays bounded whatever the
 *       size.</li>
 *   <li>A request head not complete within {@code headerTimeout} of its first byte: 408 and close.
 *       No first byte within {@code idleTimeout}: close without a response.</li>
 *   <li>A handler that throws before answering: 500 with a short body, never the exception or a
 *       stack trace; the server goes on serving.</li>
 *   <li>A request the parser refuses: a response with its status, {@code Connection: close}, and
 *       a close.</li>
 * </ul>
 */
public final class BlockingHttpServer implements HttpServer {

    public BlockingHttpServer(ServerConfig config, HttpHandler handler) {
        // TODO Keep config and handler in final fields
    }

    /**
     * Binds the loopback interface on the configured port and starts accepting connections.
     *
     * @return the port bound (the free one chosen for port 0)
     * @throws IllegalStateException when already started
     */
    @Override
    public int start() throws IOException {
        // TODO Bind a ServerSocket to InetAddress.getLoopbackAddress() and start a thread that
        //  accepts connections, each a BlockingConnection on a thread of its own; keep them in a
        //  concurrent set for shutdown.
        throw new NotImplementedYetException("start the server", "Exercise 6: Blocking server");
    }

    /**
     * Stops gracefully: new connections are refused at once, idle connections are closed,
     * requests in flight may finish until {@code deadline}; then every connection is closed.
     * Returns when all connection threads ended (or a second after the deadline).
     */
    @Override
    public void shutdown(Duration deadline) throws InterruptedException {
        // TODO Close the ServerSocket first (new connections are refused), then the idle
        //  connections; join the busy ones' threads until the deadline; then close what is left.
        throw new NotImplementedYetException("shut the server down gracefully", "Exercise 6: Blocking server");
    }

    /** Whether {@link #shutdown} was called: a connection then serves no further request. */
    boolean shuttingDown() {
        // TODO A volatile flag shutdown sets first: connection threads read it.
        throw new NotImplementedYetException("say whether the server is shutting down", "Exercise 6: Blocking server");
    }

    /** A connection's thread ended. */
    void ended(BlockingConnection connection) {
        // TODO Forget the connection: shutdown has no more to wait for.
        throw new NotImplementedYetException("forget an ended connection", "Exercise 6: Blocking server");
    }
}
