package dev.backendlab.phase01.fs;

import dev.backendlab.grader.NotImplementedYetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Node's {@code fs} callback API: each call runs its blocking work on {@code pool} and then its
 * error-first {@link Callback} on {@code loop}, never on the calling thread and never on the pool.
 * Failures reach the callback as an {@link FsException} with Node's code (see {@link FsErrors});
 * a failure that is not about the file system (a content source that throws) reaches it unchanged.
 */
public final class AsyncFs {

    private static final String SECTION = "Exercise 7: File system";

    /** Node's default highWaterMark for file read streams: 64 KiB. */
    public static final int DEFAULT_HIGH_WATER_MARK = 64 * 1024;

    private final Executor pool;
    private final Executor loop;

    public AsyncFs(Executor pool, Executor loop) {
        this.pool = pool;
        this.loop = loop;
    }

    // TODO: one private helper does the pattern every method shares: run the blocking work on the
    //  pool, catch IOException (FsErrors.fromJava), FsException and RuntimeException, and post
    //  callback.done(error, result) to the loop.

    /** The whole file; ENOENT if it is missing, EISDIR if it is a directory. */
    public void readFile(Path path, Callback<byte[]> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.readFile", SECTION);
    }

    /** Creates or truncates {@code path}, then writes {@code data}. */
    public void writeFile(Path path, byte[] data, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.writeFile", SECTION);
    }

    /** Appends {@code data}, creating {@code path} if missing. */
    public void appendFile(Path path, byte[] data, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.appendFile", SECTION);
    }

    /** Size, kind and modification time; ENOENT if {@code path} is missing. */
    public void stat(Path path, Callback<FileStats> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.stat", SECTION);
    }

    /** The names in directory {@code path}, sorted. */
    public void readdir(Path path, Callback<List<String>> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.readdir", SECTION);
    }

    /** Creates a directory; {@code recursive}: with its missing parents, and no error if it exists. */
    public void mkdir(Path path, boolean recursive, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.mkdir", SECTION);
    }

    /** Removes a file, or with {@code recursive} a directory and everything in it. A directory without it: EISDIR. */
    public void rm(Path path, boolean recursive, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.rm", SECTION);
    }

    /** Removes an empty directory: ENOTEMPTY if it is not empty, ENOTDIR if it is a file. */
    public void rmdir(Path path, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.rmdir", SECTION);
    }

    /** Moves {@code from} to {@code to}, replacing a file there. */
    public void rename(Path from, Path to, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.rename", SECTION);
    }

    /** Copies {@code from} to {@code to}, replacing a file there. */
    public void copyFile(Path from, Path to, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.copyFile", SECTION);
    }

    /** Succeeds if {@code path} exists (Node's {@code F_OK}). */
    public void access(Path path, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.access", SECTION);
    }

    /**
     * Replaces {@code path}'s content atomically: the chunks go to a temporary file in the same
     * directory, which is forced to disk and then renamed over {@code path}. If anything fails
     * midway (a chunk source that throws, a full disk), the temporary file is removed and
     * {@code path} keeps its old content.
     */
    public void writeFileAtomic(Path path, Iterable<byte[]> chunks, Callback<Void> callback) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.writeFileAtomic", SECTION);
    }

    /** {@link #createReadStream(Path, int, ChunkListener)} with the 64 KiB default. */
    public void createReadStream(Path path, ChunkListener listener) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.createReadStream", SECTION);
    }

    /**
     * Reads {@code path} in chunks of {@code highWaterMark} bytes (the last may be shorter), one pool
     * read at a time: the next read starts only after the loop has delivered the previous chunk.
     */
    public void createReadStream(Path path, int highWaterMark, ChunkListener listener) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.createReadStream", SECTION);
    }

    public FileWriteStream createWriteStream(Path path) {
        // TODO
        throw new NotImplementedYetException("write AsyncFs.createWriteStream", SECTION);
    }
}
