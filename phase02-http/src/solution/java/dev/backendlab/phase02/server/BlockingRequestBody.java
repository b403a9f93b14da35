package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.BodyChunk;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestEnd;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;

/**
 * The request body on the {@link BlockingHttpServer}: read from the socket only when the handler
 * asks, on the handler's own thread, so a slow handler slows the client down for free.
 */
final class BlockingRequestBody extends RequestBody {

    private final BlockingRequestReader reader;
    private final Duration idleTimeout;
    private HttpParseException parseFailure;

    /** @param idleTimeout the longest the body may pause before the connection gives up */
    BlockingRequestBody(BlockingRequestReader reader, Duration idleTimeout, RequestHead head, ResponseWriter writer) {
        super(head, writer);
        this.reader = reader;
        this.idleTimeout = idleTimeout;
    }

    @Override
    byte[] nextChunk() throws IOException {
        while (true) {
            ParseEvent event = reader.peek();
            if (event == null) {
                continueIfExpected();
                readMore();
            } else if (event instanceof RequestHead) {
                return null;  // never reached: a RequestEnd always comes first
            } else {
                reader.poll();
                if (event instanceof BodyChunk chunk) {
                    return chunk.bytes();
                }
                if (event instanceof RequestEnd) {
                    return null;
                }
            }
        }
    }

    @Override
    HttpParseException parseFailure() {
        return parseFailure;
    }

    private void readMore() throws IOException {
        try {
            if (!reader.readMore(idleTimeout)) {
                throw new EOFException("the client closed the connection before the end of the body");
            }
        } catch (HttpParseException e) {
            parseFailure = e;  // kept for the answer: its status, not a 500
            throw new IOException("request body refused: " + e.getMessage(), e);
        }
    }
}
