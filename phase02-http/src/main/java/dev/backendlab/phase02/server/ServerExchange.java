package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HeaderField;
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

    /**
     * @param writer the response writer over {@code out}, for this request
     * @param out    the connection's output, for the answers the server gives itself
     */
    ServerExchange(RequestHead head, RequestBody body, ResponseWriter writer, OutputStream out, Clock clock) {
        // TODO Keep head, body, writer, out and clock in final fields
    }

    @Override
    public RequestHead head() {
        // TODO The head the exchange was made with.
        throw new NotImplementedYetException("return the request head", "Exercise 6: Blocking server");
    }

    @Override
    public InputStream body() {
        // TODO The body the exchange was made with.
        throw new NotImplementedYetException("return the request body", "Exercise 6: Blocking server");
    }

    @Override
    public void send(int status, List<HeaderField> headers, byte[] bytes) throws IOException {
        // TODO Tell the body a response started, then delegate to the writer. Remember that a
        //  response started once it succeeded, or failed with an IOException (bytes may be out).
        throw new NotImplementedYetException("send the handler's response", "Exercise 6: Blocking server");
    }

    @Override
    public OutputStream stream(int status, List<HeaderField> headers) throws IOException {
        // TODO As send, with writer.stream; keep the stream to close it if the handler does not.
        throw new NotImplementedYetException("stream the handler's response", "Exercise 6: Blocking server");
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
        // TODO Call the handler. If it threw before answering: an ErrorResponse with
        //  body.parseFailure()'s status, or 500. If it sent nothing: 500. Flush; then
        //  writer.keepAlive() && body.drain().
        throw new NotImplementedYetException("run the handler and decide keep-alive", "Exercise 6: Blocking server");
    }
}
