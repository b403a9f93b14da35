package dev.backendlab.phase01.streams;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Turns bytes into lines: one pushed chunk per line, without its {@code \n} (or {@code \r\n}),
 * whatever the input's chunk boundaries; a last line without a newline is pushed at the end.
 */
public final class LineSplitter extends Transform {

    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    public LineSplitter(int highWaterMark) {
        super(highWaterMark);
    }

    @Override
    protected void doTransform(byte[] chunk) {
        for (byte b : chunk) {
            if (b == '\n') {
                pushLine();
            } else {
                partial.write(b);
            }
        }
    }

    @Override
    protected void doFlush() {
        if (partial.size() > 0) {
            pushLine();
        }
    }

    private void pushLine() {
        byte[] line = partial.toByteArray();
        partial.reset();
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        push(Arrays.copyOf(line, length));
    }
}
