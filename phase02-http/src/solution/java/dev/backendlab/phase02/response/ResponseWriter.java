package dev.backendlab.phase02.response;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.parser.HttpVersion;
import dev.backendlab.phase02.parser.RequestHead;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

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

    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(ISO_8859_1);

    private final OutputStream out;
    private final RequestHead request;
    private final Clock clock;
    private boolean headWritten;
    private boolean keepAlive;

    /**
     * @param out     where the response bytes go: the connection
     * @param request the request answered: its method (HEAD), version and Connection header decide
     *                the response's framing and whether the connection stays open
     * @param clock   the source of the Date header
     */
    public ResponseWriter(OutputStream out, RequestHead request, Clock clock) {
        this.out = out;
        this.request = request;
        this.clock = clock;
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
        if (status < 100 || status > 199 || status == 101) {
            throw new IllegalArgumentException("not an interim status: " + status);
        }
        if (headWritten) {
            throw new IllegalStateException("the final response has started; no 1xx can follow it");
        }
        if (request.version() == HttpVersion.HTTP_1_0) {
            return;
        }
        out.write(("HTTP/1.1 " + status + " " + StatusCodes.reasonPhrase(status) + "\r\n\r\n").getBytes(ISO_8859_1));
        out.flush();
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
        boolean bodyAllowed = checkFinal(status, headers);
        if (!bodyAllowed && body.length > 0) {
            throw new IllegalArgumentException(status + " responses never carry a body");
        }
        StringBuilder head = head(status, headers, false);
        if (bodyAllowed) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(ISO_8859_1));
        if (bodyAllowed && !isHeadRequest()) {
            out.write(body);
        }
        out.flush();
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
        if (!checkFinal(status, headers)) {
            throw new IllegalArgumentException(status + " responses never carry a body; use send");
        }
        boolean chunked = request.version() == HttpVersion.HTTP_1_1;
        StringBuilder head = head(status, headers, !chunked);
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(ISO_8859_1));
        out.flush();
        if (isHeadRequest()) {
            return OutputStream.nullOutputStream();
        }
        return chunked ? new ChunkedBody(out) : new CloseDelimitedBody(out);
    }

    /**
     * Whether the connection stays open for another request after this response: HTTP/1.1 by
     * default, HTTP/1.0 only when the request asked with {@code Connection: keep-alive}; never
     * when the request or the handler said {@code Connection: close}, or a body is close-delimited.
     *
     * @throws IllegalStateException before the head was written
     */
    public boolean keepAlive() {
        if (!headWritten) {
            throw new IllegalStateException("decided when the head is written");
        }
        return keepAlive;
    }

    private boolean checkFinal(int status, List<HeaderField> headers) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("a final status is 200 to 599, not " + status);
        }
        if (headWritten) {
            throw new IllegalStateException("one request, one response: it was already started");
        }
        for (HeaderField field : headers) {
            if (field.name().equalsIgnoreCase("Content-Length") || field.name().equalsIgnoreCase("Transfer-Encoding")) {
                throw new IllegalArgumentException(field.name() + " is set by the writer, not the handler");
            }
        }
        return status != 204 && status != 304;
    }

    /** Status line, the handler's fields, then Date and Connection; no framing, no empty line. */
    private StringBuilder head(int status, List<HeaderField> headers, boolean closeDelimited) {
        boolean handlerCloses = hasToken(headers, "close");
        boolean clientCloses = hasToken(request.headers(), "close");
        boolean clientKeepsAlive = request.version() == HttpVersion.HTTP_1_1 || hasToken(request.headers(), "keep-alive");
        keepAlive = clientKeepsAlive && !clientCloses && !handlerCloses && !closeDelimited;

        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(' ').append(StatusCodes.reasonPhrase(status)).append("\r\n");
        for (HeaderField field : headers) {
            head.append(field.name()).append(": ").append(field.value()).append("\r\n");
        }
        if (headers.stream().noneMatch(f -> f.name().equalsIgnoreCase("Date"))) {
            head.append("Date: ").append(HttpDate.format(clock.instant())).append("\r\n");
        }
        if (!keepAlive && !handlerCloses) {
            head.append("Connection: close\r\n");
        } else if (keepAlive && request.version() == HttpVersion.HTTP_1_0) {
            head.append("Connection: keep-alive\r\n");
        }
        headWritten = true;
        return head;
    }

    private boolean isHeadRequest() {
        return request.method().equals("HEAD");
    }

    private static boolean hasToken(List<HeaderField> headers, String token) {
        for (HeaderField field : headers) {
            if (field.name().equalsIgnoreCase("Connection")) {
                for (String element : field.value().split(",")) {
                    if (element.strip().toLowerCase(Locale.ROOT).equals(token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Each write one chunk: hex size, CRLF, data, CRLF. An empty write must not end the body. */
    private static final class ChunkedBody extends OutputStream {

        private final OutputStream out;
        private boolean closed;

        ChunkedBody(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("the body was closed");
            }
            if (length == 0) {
                return;
            }
            out.write((Integer.toHexString(length) + "\r\n").getBytes(ISO_8859_1));
            out.write(bytes, offset, length);
            out.write('\r');
            out.write('\n');
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                out.write(LAST_CHUNK);
                out.flush();
            }
        }
    }

    /** HTTP/1.0: the bytes as they are; closing the connection ends the body. */
    private static final class CloseDelimitedBody extends OutputStream {

        private final OutputStream out;

        CloseDelimitedBody(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
