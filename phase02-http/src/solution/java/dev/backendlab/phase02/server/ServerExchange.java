package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/**
 * The {@link Exchange} both servers hand their handler, and what happens around the call: the
 * answer the server gives when the handler gives none, and whether the connection may carry
 * another request afterwards. Only where the bytes come from and go to differs between servers.
 */
final class ServerExchange implements Exchange {

    private final RequestHead head;
    private final RequestBody body;
    private final ResponseWriter writer;
    private final OutputStream out;
    private final Clock clock;
    private OutputStream stream;
    private boolean started;

    /**
     * @param writer the response writer over {@code out}, for this request
     * @param out    the connection's output, for the answers the server gives itself
     */
    ServerExchange(RequestHead head, RequestBody body, ResponseWriter writer, OutputStream out, Clock clock) {
        this.head = head;
        this.body = body;
        this.writer = writer;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public RequestHead head() {
        return head;
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void send(int status, List<HeaderField> headers, byte[] bytes) throws IOException {
        body.responseStarted();
        try {
            writer.send(status, headers, bytes);
            started = true;
        } catch (IOException e) {
            started = true;  // part of it may be on the wire: a 500 now would garble it
            throw e;
        }
    }

    @Override
    public OutputStream stream(int status, List<HeaderField> headers) throws IOException {
        body.responseStarted();
        try {
            stream = writer.stream(status, headers);
            started = true;
            return stream;
        } catch (IOException e) {
            started = true;
            throw e;
        }
    }

    /**
     * Calls the handler, ends a streamed body it left open, and answers for it when it did not:
     * 500 when it threw or sent nothing, the parser's status when the body it read was refused.
     * The response is flushed before this returns.
     *
     * @return whether the connection may carry another request: the writer's keep-alive decision,
     *         and the unread body skipped; never after a failure, since a half-sent response can
     *         only be ended by closing
     * @throws IOException when the connection failed while answering
     */
    boolean run(HttpHandler handler) throws IOException {
        try {
            handler.handle(this);
            if (stream != null) {
                stream.close();
            }
        } catch (Exception e) {
            if (!started) {
                HttpParseException refused = body.parseFailure();
                out.write(refused != null ? ErrorResponse.bytes(refused.status(), refused.error().reason(), clock)
                        : ErrorResponse.bytes(500, "Internal Server Error", clock));
            }
            out.flush();
            return false;
        }
        if (!started) {
            out.write(ErrorResponse.bytes(500, "the handler sent no response", clock));
            out.flush();
            return false;
        }
        out.flush();
        return writer.keepAlive() && body.drain();
    }
}
