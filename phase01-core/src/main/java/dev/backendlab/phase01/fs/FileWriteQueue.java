package dev.backendlab.phase01.fs;

import dev.backendlab.grader.NotImplementedYetException;
import java.nio.file.Path;

/**
 * What {@link AsyncFs#createWriteStream} returns: each write (and the end) is one pool task, started
 * only when the previous one's callback has run, so the file gets the chunks in call order. The
 * lock guards the queue because a write may be called on any thread while a step completes.
 */
final class FileWriteQueue implements FileWriteStream {

    FileWriteQueue(AsyncFs fs, Path path) {
        // TODO Keep fs and path in final fields.
    }

    @Override
    public void write(byte[] chunk, Callback<Void> done) {
        // TODO Queue a step that, with fs.submit, opens the file on the first write (CREATE, WRITE,
        //  TRUNCATE_EXISTING) and writes the whole chunk; start it now if no step is running.
        throw new NotImplementedYetException("queue a write behind the earlier ones", "Exercise 7: File system");
    }

    @Override
    public void end(Callback<Void> done) {
        // TODO Queue a step that closes the file (if it was opened) behind every earlier write.
        throw new NotImplementedYetException("queue the close behind the earlier writes", "Exercise 7: File system");
    }

    // TODO Write the queue: a step's callback runs done, then starts the next queued step. Guard the
    //  queue and the running flag with a lock: write can be called from any thread.
}
