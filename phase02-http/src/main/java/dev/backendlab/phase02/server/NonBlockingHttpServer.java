package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.channels.Selector;
import java.time.Duration;

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

    public NonBlockingHttpServer(ServerConfig config, HttpHandler handler) {
        // TODO Keep config and handler in final fields
    }

    @Override
    public int start() throws IOException {
        // TODO NioEventLoop.open, then run the loop on a daemon thread of its own; refuse a second
        //  start with IllegalStateException.
        throw new NotImplementedYetException("start the event loop", "Exercise 7: Non-blocking server");
    }

    @Override
    public void shutdown(Duration deadline) throws InterruptedException {
        // TODO Stop accepting, wait for the connections until the deadline, stop the loop and
        //  join its thread (bounded: a couple of seconds).
        throw new NotImplementedYetException("shut the event loop down gracefully", "Exercise 7: Non-blocking server");
    }
}
