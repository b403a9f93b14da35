package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestParser;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A blocking connection's bytes in, as parse events: one read of the socket may hold half a head
 * or three pipelined requests, so the events wait in a queue until the connection asks for them.
 */
final class BlockingRequestReader {

    BlockingRequestReader(Socket socket, RequestParser parser) throws IOException {
        // TODO Keep the socket, the parser, the socket's InputStream, a read buffer (16 KiB) and a
        //  queue of events.
    }

    /** The next event already read, without taking it; null when the socket must be read first. */
    ParseEvent peek() {
        // TODO Look at the head of the queue.
        throw new NotImplementedYetException("look at the next parse event", "Exercise 6: Blocking server");
    }

    /** Takes the next event already read; null when the socket must be read first. */
    ParseEvent poll() {
        // TODO Take the head of the queue.
        throw new NotImplementedYetException("take the next parse event", "Exercise 6: Blocking server");
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
        // TODO socket.setSoTimeout (at least 1 ms: 0 means "wait forever"), one read, then queue
        //  everything parser.feed returns: the next request's events may come with this one's.
        throw new NotImplementedYetException("read the socket into the parser", "Exercise 6: Blocking server");
    }
}
