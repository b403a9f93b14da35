package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.IOException;

/**
 * One request of an {@link NioConnection}, run on a worker thread: the handler keeps the blocking
 * {@link Exchange} API, so it must not run on the loop. When it is done, the loop is told.
 */
final class NioExchange implements Runnable {

    private final NioEventLoop loop;
    private final NioConnection connection;
    private final NioRequestBody body;
    private final ServerExchange exchange;

    NioExchange(NioEventLoop loop, NioConnection connection, RequestHead head) {
        this.loop = loop;
        this.connection = connection;
        ResponseWriter writer = new ResponseWriter(connection.output(), head, loop.config.clock());
        this.body = new NioRequestBody(loop, connection, head, writer);
        this.exchange = new ServerExchange(head, body, writer, connection.output(), loop.config.clock());
    }

    /** The body the loop delivers to; loop side. */
    NioRequestBody body() {
        return body;
    }

    @Override
    public void run() {
        boolean keepAlive;
        try {
            keepAlive = exchange.run(loop.handler);
        } catch (IOException e) {
            keepAlive = false;  // the connection is gone
        }
        boolean again = keepAlive;
        loop.post(() -> connection.finished(again));
    }
}
