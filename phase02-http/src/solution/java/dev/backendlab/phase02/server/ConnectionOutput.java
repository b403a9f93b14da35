package dev.backendlab.phase02.server;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The {@code OutputStream} a worker's response writer writes to: bytes are staged and handed to
 * the {@link NioConnection} in blocks, so a response written byte by byte does not become a
 * queued buffer per byte. One per connection, reused by each exchange in turn.
 */
final class ConnectionOutput extends OutputStream {

    private static final int STAGING_BYTES = 16 * 1024;

    private final NioConnection connection;
    private final byte[] staging = new byte[STAGING_BYTES];
    private int staged;

    ConnectionOutput(NioConnection connection) {
        this.connection = connection;
    }

    @Override
    public void write(int b) throws IOException {
        if (staged == staging.length) {
            flush();
        }
        staging[staged++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (staged == staging.length) {
                flush();
            }
            int n = Math.min(length, staging.length - staged);
            System.arraycopy(bytes, offset, staging, staged, n);
            staged += n;
            offset += n;
            length -= n;
        }
    }

    /** Hands the staged bytes to the connection, waiting if its queue is full. */
    @Override
    public void flush() throws IOException {
        if (staged > 0) {
            int n = staged;
            staged = 0;
            connection.enqueue(staging, 0, n);
        }
    }
}
