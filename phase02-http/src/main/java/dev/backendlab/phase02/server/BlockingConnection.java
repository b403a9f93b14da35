package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.net.Socket;

/**
 * One client connection of the {@link BlockingHttpServer} and the thread that serves it, request
 * after request: wait for a head, run the handler, and go round again while keep-alive holds.
 */
final class BlockingConnection implements Runnable {

    /** @param id numbers the connection's thread, for thread dumps */
    BlockingConnection(BlockingHttpServer server, ServerConfig config, HttpHandler handler, Socket socket, int id) {
        // TODO Keep server, config, handler and socket; make the daemon thread that will run this
        //  connection.
    }

    void start() {
        // TODO Start the connection's thread.
        throw new NotImplementedYetException("start the connection's thread", "Exercise 6: Blocking server");
    }

    /** Waits up to {@code millis} (nothing when it is not positive) for the connection's thread to end. */
    void join(long millis) throws InterruptedException {
        // TODO Thread.join, only for a positive wait: join(0) would wait forever.
        throw new NotImplementedYetException("wait for the connection's thread", "Exercise 6: Blocking server");
    }

    /** Closes the connection unless a request is being served; shutdown's first step. */
    synchronized void closeIfIdle() {
        // TODO "Busy" changes on this connection's thread: check and change it under this same lock.
        throw new NotImplementedYetException("close the connection if it is idle", "Exercise 6: Blocking server");
    }

    void close() {
        // TODO Close the socket; a read blocked on it then ends with an exception.
        throw new NotImplementedYetException("close the connection", "Exercise 6: Blocking server");
    }

    @Override
    public void run() {
        // TODO Make a BlockingRequestReader and a BufferedOutputStream over the socket. Loop: read
        //  the next head (setSoTimeout: idleTimeout before its first byte, then what is left of the
        //  headerTimeout, at least 1 ms; a timeout mid-head is a 408, a refused head its status,
        //  each an ErrorResponse and a close); mark busy; run a ServerExchange with a
        //  BlockingRequestBody; go on while it returns true and the server is not shutting down.
        //  Tell the server when the loop ends.
        throw new NotImplementedYetException("serve the connection, request after request", "Exercise 6: Blocking server");
    }
}
