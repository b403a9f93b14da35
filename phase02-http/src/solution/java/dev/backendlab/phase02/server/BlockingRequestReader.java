package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A blocking connection's bytes in, as parse events: one read of the socket may hold half a head
 * or three pipelined requests, so the events wait in a queue until the connection asks for them.
 */
final class BlockingRequestReader {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final RequestParser parser;
    private final ArrayDeque<ParseEvent> pending = new ArrayDeque<>();
    private final byte[] buffer = new byte[BUFFER_BYTES];

    BlockingRequestReader(Socket socket, RequestParser parser) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.parser = parser;
    }

    /** The next event already read, without taking it; null when the socket must be read first. */
    ParseEvent peek() {
        return pending.peek();
    }

    /** Takes the next event already read; null when the socket must be read first. */
    ParseEvent poll() {
        return pending.poll();
    }

    /**
     * Reads the socket once, waiting at most {@code timeout}, and queues the events the parser
     * makes of the bytes.
     *
     * @return false when the client closed the connection
     * @throws SocketTimeoutException when no byte came in time
     * @throws HttpParseException     when the parser refuses the bytes
     */
    boolean readMore(Duration timeout) throws IOException {
        // at least 1 ms: 0 would mean "wait forever"
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        int n = in.read(buffer);
        if (n < 0) {
            return false;
        }
        pending.addAll(parser.feed(ByteBuffer.wrap(buffer, 0, n)));
        return true;
    }
}
