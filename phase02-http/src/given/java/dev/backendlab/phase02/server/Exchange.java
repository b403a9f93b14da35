package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.parser.RequestHead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** One request and its response, as a handler sees them: Node's {@code req} and {@code res}. */
public interface Exchange {

    /** Method, target, version and header fields, as parsed. */
    RequestHead head();

    /**
     * The request body as it arrives from the client, never collected in memory; empty when there
     * is none. When the client sent {@code Expect: 100-continue}, the first read sends
     * {@code 100 Continue}: a handler that answers without reading spares the client the upload.
     */
    InputStream body();

    /** Answers with a complete body; see {@code ResponseWriter.send}. */
    void send(int status, List<HeaderField> headers, byte[] body) throws IOException;

    /** Answers with a streamed body the handler writes and then closes; see {@code ResponseWriter.stream}. */
    OutputStream stream(int status, List<HeaderField> headers) throws IOException;
}
