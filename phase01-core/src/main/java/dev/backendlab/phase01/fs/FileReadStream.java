package dev.backendlab.phase01.fs;

import dev.backendlab.grader.NotImplementedYetException;
import java.nio.file.Path;

/**
 * What {@link AsyncFs#createReadStream(Path, int, ChunkListener)} starts: open the file on the pool,
 * then read one chunk per pool task. The next read is submitted from the loop, after the previous
 * chunk was delivered, so at most one chunk is in memory and reads never overlap.
 */
final class FileReadStream {

    FileReadStream(AsyncFs fs, Path path, int highWaterMark, ChunkListener listener) {
        // TODO Keep the four arguments in final fields; the open channel goes in a field of its own.
    }

    void open() {
        // TODO With fs.submit: open a FileChannel (EISDIR for a directory), then read up to highWaterMark
        //  bytes per pool task; on the loop deliver each chunk with onData and submit the next read, and
        //  after the last one close the channel and call onEnd. Any failure: onError, once.
        throw new NotImplementedYetException("read the file one chunk per pool task", "Exercise 7: File system");
    }
}
