package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.RequestHead;

/**
 * One request of an {@link NioConnection}, run on a worker thread: the handler keeps the blocking
 * {@link Exchange} API, so it must not run on the loop. When it is done, the loop is told.
 */
final class NioExchange implements Runnable {

    NioExchange(NioEventLoop loop, NioConnection connection, RequestHead head) {
        // TODO Keep loop and connection; make a ResponseWriter over connection.output(), an
        //  NioRequestBody, and the ServerExchange of Exercise 6 over both.
    }

    /** The body the loop delivers to; loop side. */
    NioRequestBody body() {
        // TODO The NioRequestBody made in the constructor.
        throw new NotImplementedYetException("return the exchange's body", "Exercise 7: Non-blocking server");
    }

    @Override
    public void run() {
        // TODO Run the ServerExchange with the handler (an IOException: no keep-alive), then post
        //  connection.finished(keepAlive) to the loop.
        throw new NotImplementedYetException("run the handler on a worker", "Exercise 7: Non-blocking server");
    }
}
