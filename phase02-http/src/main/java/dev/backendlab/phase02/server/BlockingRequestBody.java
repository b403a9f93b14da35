package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.IOException;
import java.time.Duration;

/**
 * The request body on the {@link BlockingHttpServer}: read from the socket only when the handler
 * asks, on the handler's own thread, so a slow handler slows the client down for free.
 */
final class BlockingRequestBody extends RequestBody {

    /** @param idleTimeout the longest the body may pause before the connection gives up */
    BlockingRequestBody(BlockingRequestReader reader, Duration idleTimeout, RequestHead head, ResponseWriter writer) {
        super(head, writer);
        // TODO Keep reader and idleTimeout in final fields
    }

    @Override
    byte[] nextChunk() throws IOException {
        // TODO Take events from the reader: a BodyChunk's bytes, null at the RequestEnd. With none
        //  queued, continueIfExpected(), then reader.readMore(idleTimeout): false (the client
        //  left) is an EOFException; keep an HttpParseException for parseFailure() and throw an
        //  IOException.
        throw new NotImplementedYetException("take the next body chunk from the socket", "Exercise 6: Blocking server");
    }

    @Override
    HttpParseException parseFailure() {
        // TODO The refusal nextChunk kept, or null.
        throw new NotImplementedYetException("say why the parser refused the body", "Exercise 6: Blocking server");
    }
}
