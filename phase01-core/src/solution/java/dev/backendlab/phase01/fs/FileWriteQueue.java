package dev.backendlab.phase01.fs;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;

/**
 * What {@link AsyncFs#createWriteStream} returns: each write (and the end) is one pool task, started
 * only when the previous one's callback has run, so the file gets the chunks in call order. The
 * lock guards the queue because a write may be called on any thread while a step completes.
 */
final class FileWriteQueue implements FileWriteStream {

    private final AsyncFs fs;
    private final Path path;
    private final Object lock = new Object();
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private boolean running;
    private FileChannel channel;

    FileWriteQueue(AsyncFs fs, Path path) {
        this.fs = fs;
        this.path = path;
    }

    @Override
    public void write(byte[] chunk, Callback<Void> done) {
        enqueue(done, () -> {
            if (channel == null) {
                channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            AsyncFs.writeFully(channel, chunk);
            return null;
        });
    }

    @Override
    public void end(Callback<Void> done) {
        enqueue(done, () -> {
            if (channel != null) {
                channel.close();
            }
            return null;
        });
    }

    private void enqueue(Callback<Void> done, AsyncFs.Work<Void> work) {
        Runnable step = () -> fs.submit("write", path, (error, result) -> {
            done.done(error, result);
            next();
        }, work);
        synchronized (lock) {
            if (running) {
                queue.add(step);
                return;
            }
            running = true;
        }
        step.run();
    }

    private void next() {
        Runnable step;
        synchronized (lock) {
            step = queue.poll();
            running = step != null;
        }
        if (step != null) {
            step.run();
        }
    }
}
