package dev.backendlab.phase01.streams;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * Turns bytes into lines: one pushed chunk per line, without its {@code \n} (or {@code \r\n}),
 * whatever the input's chunk boundaries; a last line without a newline is pushed at the end.
 */
public final class LineSplitter extends Transform {

    public LineSplitter(int highWaterMark) {
        super(highWaterMark);
    }

    @Override
    protected void doTransform(byte[] chunk) {
        // TODO Keep the partial line between chunks; push each complete line without its \n or \r\n.
        throw new NotImplementedYetException("split a chunk into lines", "Exercise 5: Streams");
    }

    @Override
    protected void doFlush() {
        // TODO Push the last partial line, if any.
        throw new NotImplementedYetException("flush the last line", "Exercise 5: Streams");
    }
}
