package dev.backendlab.phase01.fs;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What {@link AsyncFs#createReadStream(Path, int, ChunkListener)} starts: open the file on the pool,
 * then read one chunk per pool task. The next read is submitted from the loop, after the previous
 * chunk was delivered, so at most one chunk is in memory and reads never overlap.
 */
final class FileReadStream {

    private final AsyncFs fs;
    private final Path path;
    private final int highWaterMark;
    private final ChunkListener listener;
    private FileChannel channel;

    FileReadStream(AsyncFs fs, Path path, int highWaterMark, ChunkListener listener) {
        this.fs = fs;
        this.path = path;
        this.highWaterMark = highWaterMark;
        this.listener = listener;
    }

    void open() {
        fs.submit("open", path, (error, opened) -> {
            if (error != null) {
                listener.onError((FsException) error);
                return;
            }
            channel = opened;
            readNext();
        }, () -> {
            if (Files.isDirectory(path)) {
                throw new FsException("EISDIR", "read", path);
            }
            return FileChannel.open(path, StandardOpenOption.READ);
        });
    }

    private void readNext() {
        fs.submit("read", path, (error, chunk) -> {
            if (error != null) {
                listener.onError((FsException) error);
            } else if (chunk == null) {
                listener.onEnd();
            } else {
                listener.onData(chunk);
                readNext();
            }
        }, () -> {
            ByteBuffer buffer = ByteBuffer.allocate(highWaterMark);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // fill the chunk unless the file ends
            }
            if (buffer.position() == 0) {
                channel.close();
                return null;
            }
            byte[] chunk = new byte[buffer.position()];
            buffer.flip().get(chunk);
            return chunk;
        });
    }
}

