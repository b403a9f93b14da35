package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The {@code OutputStream} a worker's response writer writes to: bytes are staged and handed to
 * the {@link NioConnection} in blocks, so a response written byte by byte does not become a
 * queued buffer per byte. One per connection, reused by each exchange in turn.
 */
final class ConnectionOutput extends OutputStream {

    ConnectionOutput(NioConnection connection) {
        // TODO Keep the connection, a staging array (16 KiB) and how much of it is filled.
    }

    @Override
    public void write(int b) throws IOException {
        // TODO Stage the byte; flush first when the staging array is full.
        throw new NotImplementedYetException("stage one response byte", "Exercise 7: Non-blocking server");
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        // TODO Copy into the staging array as much as fits, flush when full, until all is staged.
        throw new NotImplementedYetException("stage response bytes", "Exercise 7: Non-blocking server");
    }

    /** Hands the staged bytes to the connection, waiting if its queue is full. */
    @Override
    public void flush() throws IOException {
        // TODO connection.enqueue what is staged (it copies), and start staging from 0 again.
        throw new NotImplementedYetException("hand staged bytes to the connection", "Exercise 7: Non-blocking server");
    }
}
