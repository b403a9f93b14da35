package dev.backendlab.phase01.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * Node's {@code fs} callback API: each call runs its blocking work on {@code pool} and then its
 * error-first {@link Callback} on {@code loop}, never on the calling thread and never on the pool.
 * Failures reach the callback as an {@link FsException} with Node's code (see {@link FsErrors});
 * a failure that is not about the file system (a content source that throws) reaches it unchanged.
 */
public final class AsyncFs {

    /** Node's default highWaterMark for file read streams: 64 KiB. */
    public static final int DEFAULT_HIGH_WATER_MARK = 64 * 1024;

    /** Work that may fail with an IOException or a ready FsException. */
    interface Work<T> {
        T run() throws IOException, FsException;
    }

    private final Executor pool;
    private final Executor loop;

    public AsyncFs(Executor pool, Executor loop) {
        this.pool = pool;
        this.loop = loop;
    }

    /** The whole file; ENOENT if it is missing, EISDIR if it is a directory. */
    public void readFile(Path path, Callback<byte[]> callback) {
        submit("open", path, callback, () -> {
            if (Files.isDirectory(path)) {
                throw new FsException("EISDIR", "read", path);
            }
            return Files.readAllBytes(path);
        });
    }

    /** Creates or truncates {@code path}, then writes {@code data}. */
    public void writeFile(Path path, byte[] data, Callback<Void> callback) {
        submit("open", path, callback, () -> {
            Files.write(path, data);
            return null;
        });
    }

    /** Appends {@code data}, creating {@code path} if missing. */
    public void appendFile(Path path, byte[] data, Callback<Void> callback) {
        submit("open", path, callback, () -> {
            Files.write(path, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return null;
        });
    }

    /** Size, kind and modification time; ENOENT if {@code path} is missing. */
    public void stat(Path path, Callback<FileStats> callback) {
        submit("stat", path, callback, () -> {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new FileStats(a.size(), a.isRegularFile(), a.isDirectory(), a.lastModifiedTime().toMillis());
        });
    }

    /** The names in directory {@code path}, sorted. */
    public void readdir(Path path, Callback<List<String>> callback) {
        submit("scandir", path, callback, () -> {
            List<String> names = new ArrayList<>();
            try (Stream<Path> entries = Files.list(path)) {
                entries.forEach(p -> names.add(p.getFileName().toString()));
            }
            names.sort(Comparator.naturalOrder());
            return names;
        });
    }

    /** Creates a directory; {@code recursive}: with its missing parents, and no error if it exists. */
    public void mkdir(Path path, boolean recursive, Callback<Void> callback) {
        submit("mkdir", path, callback, () -> {
            if (recursive) {
                Files.createDirectories(path);
            } else {
                Files.createDirectory(path);
            }
            return null;
        });
    }

    /** Removes a file, or with {@code recursive} a directory and everything in it. A directory without it: EISDIR. */
    public void rm(Path path, boolean recursive, Callback<Void> callback) {
        submit("rm", path, callback, () -> {
            if (!Files.exists(path)) {
                throw new FsException("ENOENT", "lstat", path);
            }
            if (Files.isDirectory(path) && !recursive) {
                throw new FsException("EISDIR", "rm", path);
            }
            try (Stream<Path> tree = Files.walk(path)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            return null;
        });
    }

    /** Removes an empty directory: ENOTEMPTY if it is not empty, ENOTDIR if it is a file. */
    public void rmdir(Path path, Callback<Void> callback) {
        submit("rmdir", path, callback, () -> {
            if (Files.isRegularFile(path)) {
                throw new FsException("ENOTDIR", "rmdir", path);
            }
            Files.delete(path);
            return null;
        });
    }

    /** Moves {@code from} to {@code to}, replacing a file there. */
    public void rename(Path from, Path to, Callback<Void> callback) {
        submit("rename", from, callback, () -> {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            return null;
        });
    }

    /** Copies {@code from} to {@code to}, replacing a file there. */
    public void copyFile(Path from, Path to, Callback<Void> callback) {
        submit("copyfile", from, callback, () -> {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return null;
        });
    }

    /** Succeeds if {@code path} exists (Node's {@code F_OK}). */
    public void access(Path path, Callback<Void> callback) {
        submit("access", path, callback, () -> {
            if (!Files.exists(path)) {
                throw new FsException("ENOENT", "access", path);
            }
            return null;
        });
    }

    /**
     * Replaces {@code path}'s content atomically: the chunks go to a temporary file in the same
     * directory, which is forced to disk and then renamed over {@code path}. If anything fails
     * midway (a chunk source that throws, a full disk), the temporary file is removed and
     * {@code path} keeps its old content.
     */
    public void writeFileAtomic(Path path, Iterable<byte[]> chunks, Callback<Void> callback) {
        submit("open", path, callback, () -> {
            Path temp = Files.createTempFile(path.toAbsolutePath().getParent(), "." + path.getFileName(), ".tmp");
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    for (byte[] chunk : chunks) {
                        writeFully(out, chunk);
                    }
                    out.force(true);
                }
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return null;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        });
    }

    /** {@link #createReadStream(Path, int, ChunkListener)} with the 64 KiB default. */
    public void createReadStream(Path path, ChunkListener listener) {
        createReadStream(path, DEFAULT_HIGH_WATER_MARK, listener);
    }

    /**
     * Reads {@code path} in chunks of {@code highWaterMark} bytes (the last may be shorter), one pool
     * read at a time: the next read starts only after the loop has delivered the previous chunk.
     */
    public void createReadStream(Path path, int highWaterMark, ChunkListener listener) {
        new FileReadStream(this, path, highWaterMark, listener).open();
    }

    public FileWriteStream createWriteStream(Path path) {
        return new FileWriteQueue(this, path);
    }

    /** Runs {@code work} on the pool, then {@code callback} on the loop with its result or its failure. */
    <T> void submit(String syscall, Path path, Callback<T> callback, Work<T> work) {
        pool.execute(() -> {
            T result;
            try {
                result = work.run();
            } catch (IOException e) {
                FsException error = FsErrors.fromJava(e, syscall, path);
                loop.execute(() -> callback.done(error, null));
                return;
            } catch (FsException | RuntimeException e) {
                loop.execute(() -> callback.done(e, null));
                return;
            }
            loop.execute(() -> callback.done(null, result));
        });
    }

    static void writeFully(FileChannel out, byte[] chunk) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(chunk);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }
}
