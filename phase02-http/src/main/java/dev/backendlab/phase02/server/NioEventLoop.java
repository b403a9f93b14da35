package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.time.Duration;

/**
 * The {@link NonBlockingHttpServer}'s one loop thread: select, run the tasks other threads
 * posted, accept, let each ready connection read or write, check timeouts; again. It owns the
 * selector, so it is the only thread that touches a {@link SelectionKey}.
 */
final class NioEventLoop implements Runnable {

    /** A loop with its listening channel bound to the loopback address and registered for accepts. */
    static NioEventLoop open(ServerConfig config, HttpHandler handler) throws IOException {
        // TODO Selector.open(), a ServerSocketChannel bound to InetAddress.getLoopbackAddress()
        //  and config.port(), non-blocking, registered for OP_ACCEPT. Keep, for the connections:
        //  the config, the handler, one read buffer for the whole loop, a pool of worker threads.
        throw new NotImplementedYetException("open the event loop", "Exercise 7: Non-blocking server");
    }

    int port() {
        // TODO The port the listening channel is bound to.
        throw new NotImplementedYetException("return the bound port", "Exercise 7: Non-blocking server");
    }

    /** Runs {@code task} on the loop thread, from any thread: how a worker asks for a key change. */
    void post(Runnable task) {
        // TODO A concurrent queue the loop empties after each select, and selector.wakeup().
        throw new NotImplementedYetException("post a task to the loop", "Exercise 7: Non-blocking server");
    }

    /** Runs a request's handler off the loop: a handler may block, the loop never does. */
    void execute(Runnable exchange) {
        // TODO Hand it to the worker pool.
        throw new NotImplementedYetException("run an exchange on a worker", "Exercise 7: Non-blocking server");
    }

    boolean shuttingDown() {
        // TODO A volatile flag stopAccepting sets.
        throw new NotImplementedYetException("say whether the server is shutting down", "Exercise 7: Non-blocking server");
    }

    /** Shutdown's first step: new connections are refused, idle ones closed; busy ones go on. */
    void stopAccepting() {
        // TODO Set the flag, then post a task that closes the listening channel and the idle connections.
        throw new NotImplementedYetException("stop accepting connections", "Exercise 7: Non-blocking server");
    }

    /** Waits until every connection closed, or the deadline passed. */
    void awaitConnectionsClosed(Duration deadline) throws InterruptedException {
        // TODO Count live connections under a lock; wait on it (bounded by what is left of the
        //  deadline) until the count is 0 or the loop ended.
        throw new NotImplementedYetException("wait for the connections to close", "Exercise 7: Non-blocking server");
    }

    /** Ends the loop, which then closes every connection that is left. */
    void stop() {
        // TODO Clear the running flag and wake the selector.
        throw new NotImplementedYetException("stop the loop", "Exercise 7: Non-blocking server");
    }

    @Override
    public void run() {
        // TODO While running: select (25 ms, so timeouts are checked), run the posted tasks, then
        //  each selected key: accept (register an NioConnection), or onReadable/onWritable; every
        //  25 ms, sweep each connection. At the end close the connections, the channel, the
        //  selector and the worker pool, and wake up awaitConnectionsClosed.
        throw new NotImplementedYetException("run the event loop", "Exercise 7: Non-blocking server");
    }

    /** A connection closed: it leaves the loop, and shutdown may be waiting for it. */
    void closed(NioConnection connection) {
        // TODO Forget it and count one live connection less, under the lock shutdown waits on.
        throw new NotImplementedYetException("forget a closed connection", "Exercise 7: Non-blocking server");
    }
}
