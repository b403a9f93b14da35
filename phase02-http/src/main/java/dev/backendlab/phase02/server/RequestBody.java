package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body a handler reads, chunk by chunk as the parser produced them: never collected
 * in memory. Where the chunks come from is each server's business ({@link #nextChunk()}); what
 * both share is here: {@code 100 Continue} and skipping what the handler left unread.
 */
abstract class RequestBody extends InputStream {

    /** @param writer where {@code 100 Continue} goes, when the request asks for it */
    RequestBody(RequestHead head, ResponseWriter writer) {
        // TODO Keep the writer, and decide once whether the client waits for 100 Continue: an
        //  HTTP/1.1 request with "Expect: 100-continue" (compare both without case).
    }

    /**
     * The next chunk of body bytes, waiting for the client if need be; null at the end of the body.
     * Before it waits for the client it calls {@link #continueIfExpected()}.
     *
     * @throws IOException when the body cannot complete: the client left, or the parser refused it
     */
    abstract byte[] nextChunk() throws IOException;

    /** The parser's refusal of this body, once {@link #nextChunk()} met one; otherwise null. */
    abstract HttpParseException parseFailure();

    /** The handler answered: from now on, {@code 100 Continue} would come too late. */
    final void responseStarted() {
        // TODO Remember it (volatile: on the non-blocking server the loop and a worker both look).
        throw new NotImplementedYetException("note that the response started", "Exercise 6: Blocking server");
    }

    /**
     * Sends {@code 100 Continue} once, when the client waits for it before sending the body and no
     * response has started. Sending it later than the first read, never earlier, is what lets a
     * handler refuse an upload without the client sending it.
     */
    final void continueIfExpected() throws IOException {
        // TODO writer.informational(100), at most once, only while no response has started.
        throw new NotImplementedYetException("send 100 Continue when the client waits for it", "Exercise 6: Blocking server");
    }

    @Override
    public int read() throws IOException {
        // TODO One byte through read(byte[], int, int); -1 at the end, otherwise 0 to 255.
        throw new NotImplementedYetException("read one byte of the body", "Exercise 6: Blocking server");
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        // TODO Copy from the current chunk; when it is used up, take the next with nextChunk()
        //  (null: the end, -1 from now on). A length of 0 reads nothing and returns 0.
        throw new NotImplementedYetException("read the body chunk by chunk", "Exercise 6: Blocking server");
    }

    /**
     * Skips what the handler left unread, so the next request starts at its first byte.
     *
     * @return false when the connection cannot carry another request: the client still waits for
     *         {@code 100 Continue} (it never sent the body), or the body could not be read to its end
     */
    final boolean drain() {
        // TODO Read to the end into a scratch buffer; an IOException means false.
        throw new NotImplementedYetException("skip the unread body", "Exercise 6: Blocking server");
    }
}
