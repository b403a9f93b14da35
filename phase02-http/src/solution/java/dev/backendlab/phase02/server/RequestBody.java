package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.HttpVersion;
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

    private final ResponseWriter writer;
    private final boolean expectsContinue;
    private boolean continueSent;
    private volatile boolean responseStarted;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean ended;

    /** @param writer where {@code 100 Continue} goes, when the request asks for it */
    RequestBody(RequestHead head, ResponseWriter writer) {
        this.writer = writer;
        this.expectsContinue = head.version() == HttpVersion.HTTP_1_1 && head.headers().stream()
                .anyMatch(f -> f.name().equalsIgnoreCase("Expect") && f.value().equalsIgnoreCase("100-continue"));
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
        responseStarted = true;
    }

    /**
     * Sends {@code 100 Continue} once, when the client waits for it before sending the body and no
     * response has started. Sending it later than the first read, never earlier, is what lets a
     * handler refuse an upload without the client sending it.
     */
    final void continueIfExpected() throws IOException {
        if (expectsContinue && !continueSent && !responseStarted) {
            continueSent = true;
            writer.informational(100);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            byte[] next = ended ? null : nextChunk();
            if (next == null) {
                ended = true;
                return -1;
            }
            chunk = next;
            position = 0;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, n);
        position += n;
        return n;
    }

    /**
     * Skips what the handler left unread, so the next request starts at its first byte.
     *
     * @return false when the connection cannot carry another request: the client still waits for
     *         {@code 100 Continue} (it never sent the body), or the body could not be read to its end
     */
    final boolean drain() {
        if (!ended && expectsContinue && !continueSent) {
            return false;
        }
        byte[] skip = new byte[8192];
        try {
            while (read(skip, 0, skip.length) >= 0) {
                // discarded: the handler did not want it
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
