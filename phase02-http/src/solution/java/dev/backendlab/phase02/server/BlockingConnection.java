package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.parser.RequestParser;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One client connection of the {@link BlockingHttpServer} and the thread that serves it, request
 * after request: wait for a head, run the handler, and go round again while keep-alive holds.
 */
final class BlockingConnection implements Runnable {

    private static final int OUTPUT_BUFFER_BYTES = 16 * 1024;

    private final BlockingHttpServer server;
    private final ServerConfig config;
    private final HttpHandler handler;
    private final Socket socket;
    private final Thread thread;
    private BlockingRequestReader reader;
    private OutputStream out;
    private boolean busy;

    /** @param id numbers the connection's thread, for thread dumps */
    BlockingConnection(BlockingHttpServer server, ServerConfig config, HttpHandler handler, Socket socket, int id) {
        this.server = server;
        this.config = config;
        this.handler = handler;
        this.socket = socket;
        this.thread = new Thread(this, "http-connection-" + id);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Waits up to {@code millis} (nothing when it is not positive) for the connection's thread to end. */
    void join(long millis) throws InterruptedException {
        if (millis > 0) {
            thread.join(millis);
        }
    }

    /** Closes the connection unless a request is being served; shutdown's first step. */
    synchronized void closeIfIdle() {
        if (!busy) {
            close();
        }
    }

    void close() {
        Quietly.close(socket);
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            reader = new BlockingRequestReader(socket, new RequestParser(config.limits()));
            out = new BufferedOutputStream(socket.getOutputStream(), OUTPUT_BUFFER_BYTES);
            boolean again = true;
            while (again && !server.shuttingDown()) {
                RequestHead head = readHead();
                if (head == null || !markBusy(true)) {
                    return;
                }
                again = serve(head);
                markBusy(false);
            }
        } catch (IOException e) {
            // the client left or shutdown closed the socket: there is no one left to answer
        } finally {
            server.ended(this);
        }
    }

    /** Busy and idle change here and in {@link #closeIfIdle}: one lock, so a request never starts on a closed socket. */
    private synchronized boolean markBusy(boolean serving) {
        if (serving && socket.isClosed()) {
            return false;
        }
        busy = serving;
        return true;
    }

    /**
     * The next request head, or null when the connection should close (answered if need be).
     * The head's deadline counts from its first byte, so a client sending a byte now and then
     * cannot hold the thread forever.
     */
    private RequestHead readHead() throws IOException {
        long deadline = 0;
        while (true) {
            ParseEvent event = reader.poll();
            if (event instanceof RequestHead head) {
                return head;
            }
            if (event != null) {
                continue;  // the tail of a body the previous handler did not read
            }
            long left = deadline == 0 ? config.idleTimeout().toNanos() : deadline - System.nanoTime();
            if (left <= 0) {
                return headTimedOut(deadline);
            }
            try {
                if (!reader.readMore(Duration.ofNanos(left))) {
                    return null;  // the client closed between requests: no one to answer
                }
            } catch (SocketTimeoutException e) {
                return headTimedOut(deadline);
            } catch (HttpParseException e) {
                out.write(ErrorResponse.bytes(e.status(), e.error().reason(), config.clock()));
                out.flush();
                return null;
            }
            if (deadline == 0) {
                deadline = System.nanoTime() + config.headerTimeout().toNanos();
            }
        }
    }

    /** No head: a 408 if one had started, a silent close if the connection was only idle. */
    private RequestHead headTimedOut(long deadline) throws IOException {
        if (deadline != 0) {
            out.write(ErrorResponse.bytes(408, "the request head took too long", config.clock()));
            out.flush();
        }
        return null;
    }

    /** Runs the handler for one request; true when the connection may carry another. */
    private boolean serve(RequestHead head) throws IOException {
        ResponseWriter writer = new ResponseWriter(out, head, config.clock());
        BlockingRequestBody body = new BlockingRequestBody(reader, config.idleTimeout(), head, writer);
        return new ServerExchange(head, body, writer, out, config.clock()).run(handler) && !server.shuttingDown();
    }
}
