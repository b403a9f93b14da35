package dev.backendlab.phase01.fs;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
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

    /** Node's default highWaterMark for file read streams: 64 KiB. */
    public static final int DEFAULT_HIGH_WATER_MARK = 64 * 1024;

    public AsyncFs(Executor pool, Executor loop) {
        // TODO Keep pool (where blocking work runs) and loop (where callbacks run) in final fields.
    }

    /** Work that may fail with an IOException or a ready FsException. */
    interface Work<T> {
        T run() throws IOException, FsException;
    }

    /** The whole file; ENOENT if it is missing, EISDIR if it is a directory. */
    public void readFile(Path path, Callback<byte[]> callback) {
        // TODO With submit: fail with EISDIR for a directory, else Files.readAllBytes.
        throw new NotImplementedYetException("read a whole file", "Exercise 7: File system");
    }

    /** Creates or truncates {@code path}, then writes {@code data}. */
    public void writeFile(Path path, byte[] data, Callback<Void> callback) {
        // TODO With submit: Files.write.
        throw new NotImplementedYetException("write a whole file", "Exercise 7: File system");
    }

    /** Appends {@code data}, creating {@code path} if missing. */
    public void appendFile(Path path, byte[] data, Callback<Void> callback) {
        // TODO With submit: Files.write with CREATE and APPEND.
        throw new NotImplementedYetException("append to a file", "Exercise 7: File system");
    }

    /** Size, kind and modification time; ENOENT if {@code path} is missing. */
    public void stat(Path path, Callback<FileStats> callback) {
        // TODO With submit: read the BasicFileAttributes into a FileStats.
        throw new NotImplementedYetException("read a file's size, kind and modification time",
                "Exercise 7: File system");
    }

    /** The names in directory {@code path}, sorted. */
    public void readdir(Path path, Callback<List<String>> callback) {
        // TODO With submit: list the directory's names and sort them.
        throw new NotImplementedYetException("list a directory", "Exercise 7: File system");
    }

    /** Creates a directory; {@code recursive}: with its missing parents, and no error if it exists. */
    public void mkdir(Path path, boolean recursive, Callback<Void> callback) {
        // TODO With submit: Files.createDirectory, or createDirectories when recursive.
        throw new NotImplementedYetException("create a directory", "Exercise 7: File system");
    }

    /** Removes a file, or with {@code recursive} a directory and everything in it. A directory without it: EISDIR. */
    public void rm(Path path, boolean recursive, Callback<Void> callback) {
        // TODO With submit: fail with ENOENT if missing, EISDIR for a directory without
        //  recursive, else delete the tree, children first.
        throw new NotImplementedYetException("remove a file or a directory tree", "Exercise 7: File system");
    }

    /** Removes an empty directory: ENOTEMPTY if it is not empty, ENOTDIR if it is a file. */
    public void rmdir(Path path, Callback<Void> callback) {
        // TODO With submit: fail with ENOTDIR for a file, else Files.delete (FsErrors makes
        //  ENOTEMPTY).
        throw new NotImplementedYetException("remove an empty directory", "Exercise 7: File system");
    }

    /** Moves {@code from} to {@code to}, replacing a file there. */
    public void rename(Path from, Path to, Callback<Void> callback) {
        // TODO With submit: Files.move with REPLACE_EXISTING.
        throw new NotImplementedYetException("rename a file", "Exercise 7: File system");
    }

    /** Copies {@code from} to {@code to}, replacing a file there. */
    public void copyFile(Path from, Path to, Callback<Void> callback) {
        // TODO With submit: Files.copy with REPLACE_EXISTING.
        throw new NotImplementedYetException("copy a file", "Exercise 7: File system");
    }

    /** Succeeds if {@code path} exists (Node's {@code F_OK}). */
    public void access(Path path, Callback<Void> callback) {
        // TODO With submit: fail with ENOENT unless Files.exists.
        throw new NotImplementedYetException("check that a path exists", "Exercise 7: File system");
    }

    /**
     * Replaces {@code path}'s content atomically: the chunks go to a temporary file in the same
     * directory, which is forced to disk and then renamed over {@code path}. If anything fails
     * midway (a chunk source that throws, a full disk), the temporary file is removed and
     * {@code path} keeps its old content.
     */
    public void writeFileAtomic(Path path, Iterable<byte[]> chunks, Callback<Void> callback) {
        // TODO With submit: write the chunks to a temporary file in the same directory, force it, move it over
        //  path with ATOMIC_MOVE; on any failure delete the temporary file.
        throw new NotImplementedYetException("replace a file's content atomically",
                "Exercise 7: File system");
    }

    /** {@link #createReadStream(Path, int, ChunkListener)} with the 64 KiB default. */
    public void createReadStream(Path path, ChunkListener listener) {
        // TODO Call createReadStream with DEFAULT_HIGH_WATER_MARK.
        throw new NotImplementedYetException("stream a file with the default highWaterMark",
                "Exercise 7: File system");
    }

    /**
     * Reads {@code path} in chunks of {@code highWaterMark} bytes (the last may be shorter), one pool
     * read at a time: the next read starts only after the loop has delivered the previous chunk.
     */
    public void createReadStream(Path path, int highWaterMark, ChunkListener listener) {
        // TODO Start a FileReadStream over this AsyncFs and open it.
        throw new NotImplementedYetException("stream a file in chunks, one read at a time",
                "Exercise 7: File system");
    }

    public FileWriteStream createWriteStream(Path path) {
        // TODO Return a new FileWriteQueue over this AsyncFs.
        throw new NotImplementedYetException("open a write stream whose writes run in order",
                "Exercise 7: File system");
    }

    /** Runs {@code work} on the pool, then {@code callback} on the loop with its result or its failure. */
    <T> void submit(String syscall, Path path, Callback<T> callback, Work<T> work) {
        // TODO On the pool: run the work; map an IOException with FsErrors.fromJava, pass an FsException or a
        //  RuntimeException on unchanged; then post callback.done(error, result) to the loop.
        throw new NotImplementedYetException("run work on the pool and call back on the loop", "Exercise 7: File system");
    }
}
