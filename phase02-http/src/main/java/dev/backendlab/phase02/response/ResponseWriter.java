package dev.backendlab.phase02.response;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.parser.RequestHead;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/**
 * Writes the one response to one request, as Node's {@code res} does: {@link #send} when the body
 * is known (Content-Length), {@link #stream} when it is produced piece by piece (chunked).
 *
 * <p>The writer owns the framing and connection headers: it adds Date, Content-Length or
 * Transfer-Encoding, and Connection, and decides whether the connection stays open afterwards
 * ({@link #keepAlive()}). The handler gives every other header, written in its order.
 *
 * <p>The head is {@code HTTP/1.1 <status> <reason phrase>} (HTTP/1.1 even to an HTTP/1.0 client: a
 * server names the highest version it speaks), the handler's fields in order, {@code Date} from
 * the clock unless the handler gave one, then {@code Connection: close} when the connection will
 * close (unless the handler already said so) or {@code Connection: keep-alive} to an HTTP/1.0
 * client whose connection stays open, then the framing field, then the empty line.
 */
public final class ResponseWriter {

    /**
     * @param out     where the response bytes go: the connection
     * @param request the request answered: its method (HEAD), version and Connection header decide
     *                the response's framing and whether the connection stays open
     * @param clock   the source of the Date header
     */
    public ResponseWriter(OutputStream out, RequestHead request, Clock clock) {
        // TODO Keep out, request and clock in final fields
    }

    /**
     * Sends an interim response such as {@code 100 Continue}: a status line and an empty line. An
     * HTTP/1.0 client does not know 1xx, so to it nothing is sent (RFC 9110 section 15.2).
     *
     * @throws IllegalArgumentException for a status outside 100 to 199, or 101 (an upgrade is not
     *                                  part of this lab)
     * @throws IllegalStateException    after the final response's head was written
     */
    public void informational(int status) throws IOException {
        // TODO The whole interim response is a status line and an empty line.
        throw new NotImplementedYetException("send an interim 1xx response", "Exercise 4: Response writer");
    }

    /**
     * Sends a complete response with {@code Content-Length: body.length}. To a HEAD request the
     * same head is sent and no body. A 204 or 304 gets neither Content-Length nor body.
     *
     * @throws IllegalArgumentException for a status outside 200 to 599, a non-empty body with 204
     *                                  or 304, or a Content-Length or Transfer-Encoding among
     *                                  {@code headers} (framing is the writer's job)
     * @throws IllegalStateException    when a response was already started
     */
    public void send(int status, List<HeaderField> headers, byte[] body) throws IOException {
        // TODO Build the head in a StringBuilder, write it in one call, then the body (unless HEAD).
        throw new NotImplementedYetException("send a response with a known body", "Exercise 4: Response writer");
    }

    /**
     * Writes the head now and returns the body as a stream. To an HTTP/1.1 client each non-empty
     * {@code write} becomes one chunk ({@code Transfer-Encoding: chunked}) and {@code close()} sends
     * the last chunk. An HTTP/1.0 client cannot read chunks: the body goes out as is, with
     * {@code Connection: close}, and ends when the connection closes. To a HEAD request, the head
     * a GET would get, and writes are dropped.
     *
     * <p>Nothing is collected: every write goes to the connection as it is made, and a slow client
     * slows the writer down (backpressure) instead of filling memory.
     *
     * @throws IllegalArgumentException as {@link #send}, and for 204 and 304
     * @throws IllegalStateException    when a response was already started
     */
    public OutputStream stream(int status, List<HeaderField> headers) throws IOException {
        // TODO Return an OutputStream of your own that frames each write as a chunk; close() ends the body.
        throw new NotImplementedYetException("stream a response body", "Exercise 4: Response writer");
    }

    /**
     * Whether the connection stays open for another request after this response: HTTP/1.1 by
     * default, HTTP/1.0 only when the request asked with {@code Connection: keep-alive}; never
     * when the request or the handler said {@code Connection: close}, or a body is close-delimited.
     *
     * @throws IllegalStateException before the head was written
     */
    public boolean keepAlive() {
        // TODO Decide it when you write the head, keep it in a field.
        throw new NotImplementedYetException("tell whether the connection stays open", "Exercise 4: Response writer");
    }
}
