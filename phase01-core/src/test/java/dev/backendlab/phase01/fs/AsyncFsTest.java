package dev.backendlab.phase01.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Exercise(order = 7, title = "File system", topics = {"File System"})
@DisplayName("Exercise 7: fs on the pool, callbacks on the loop, Node's error codes")
class AsyncFsTest {

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> daemon(r, "test-pool"));
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> daemon(r, "test-loop"));
    private final AsyncFs fs = new AsyncFs(pool, loop);

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        loop.shutdownNow();
    }

    /** What a callback received, and on which thread. */
    record Outcome<T>(Throwable error, T result, String thread) {
        String code() {
            return error instanceof FsException e ? e.code() : "not an FsException: " + error;
        }
    }

    private interface Call<T> {
        void start(Callback<T> callback);
    }

    private <T> Outcome<T> await(Class<T> resultType, Call<T> call) throws Exception {
        return await(call);
    }

    private <T> Outcome<T> await(Call<T> call) throws Exception {
        CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
        call.start((error, result) -> outcome.complete(new Outcome<>(error, result, Thread.currentThread().getName())));
        return outcome.get(5, TimeUnit.SECONDS);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("files")
    class Files_ {

        @Test
        void writeFile_then_readFile_round_trips_and_calls_back_on_the_loop() throws Exception {
            Path file = dir.resolve("hello.txt");
            Outcome<Void> written = await(Void.class, cb -> fs.writeFile(file, utf8("hello"), cb));
            Outcome<byte[]> read = await(byte[].class, cb -> fs.readFile(file, cb));

            assertThat(written.error()).isNull();
            assertThat(new String(read.result(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(List.of(written.thread(), read.thread())).as("every callback runs on the loop thread")
                    .containsOnly("test-loop");
        }

        @Test
        void readFile_of_a_missing_file_fails_with_ENOENT_on_the_loop() throws Exception {
            Path missing = dir.resolve("missing.txt");
            Outcome<byte[]> read = await(byte[].class, cb -> fs.readFile(missing, cb));

            assertThat(read.code()).isEqualTo("ENOENT");
            assertThat(read.error()).hasMessage("ENOENT: no such file or directory, open '" + missing + "'");
            assertThat(read.result()).isNull();
            assertThat(read.thread()).isEqualTo("test-loop");
        }

        @Test
        void readFile_of_a_directory_fails_with_EISDIR() throws Exception {
            assertThat(await(byte[].class, cb -> fs.readFile(dir, cb)).code()).isEqualTo("EISDIR");
        }

        @Test
        void appendFile_creates_then_appends() throws Exception {
            Path log = dir.resolve("app.log");
            await(Void.class, cb -> fs.appendFile(log, utf8("one\n"), cb));
            await(Void.class, cb -> fs.appendFile(log, utf8("two\n"), cb));

            assertThat(Files.readString(log)).isEqualTo("one\ntwo\n");
        }

        @Test
        void stat_reports_size_and_kind() throws Exception {
            Path file = Files.writeString(dir.resolve("five.txt"), "12345");
            Outcome<FileStats> ofFile = await(FileStats.class, cb -> fs.stat(file, cb));
            Outcome<FileStats> ofDir = await(FileStats.class, cb -> fs.stat(dir, cb));

            assertThat(ofFile.result().size()).isEqualTo(5);
            assertThat(List.of(ofFile.result().isFile(), ofFile.result().isDirectory(), ofDir.result().isFile(),
                    ofDir.result().isDirectory())).containsExactly(true, false, false, true);
            assertThat(ofFile.result().modifiedMillis()).isEqualTo(Files.getLastModifiedTime(file).toMillis());
            assertThat(await(FileStats.class, cb -> fs.stat(dir.resolve("nope"), cb)).code()).isEqualTo("ENOENT");
        }

        @Test
        void rename_moves_and_copyFile_copies_replacing_the_target() throws Exception {
            Path a = Files.writeString(dir.resolve("a.txt"), "A");
            Path b = Files.writeString(dir.resolve("b.txt"), "old B");
            await(Void.class, cb -> fs.copyFile(a, b, cb));
            Path c = dir.resolve("c.txt");
            await(Void.class, cb -> fs.rename(a, c, cb));

            assertThat(Files.readString(b)).isEqualTo("A");
            assertThat(Files.readString(c)).isEqualTo("A");
            assertThat(Files.exists(a)).isFalse();
            assertThat(await(Void.class, cb -> fs.rename(a, c, cb)).code()).as("renaming a missing file").isEqualTo("ENOENT");
        }

        @Test
        void access_succeeds_for_an_existing_path_and_fails_with_ENOENT_otherwise() throws Exception {
            Outcome<Void> exists = await(Void.class, cb -> fs.access(dir, cb));
            assertThat(exists.error()).isNull();
            assertThat(await(Void.class, cb -> fs.access(dir.resolve("ghost"), cb)).code()).isEqualTo("ENOENT");
        }
    }

    @Nested
    @DisplayName("directories")
    class Directories {

        @Test
        void readdir_lists_sorted_names_and_fails_on_a_file_with_ENOTDIR() throws Exception {
            Files.writeString(dir.resolve("b.txt"), "");
            Files.createDirectory(dir.resolve("a"));
            Path file = Files.writeString(dir.resolve("c.txt"), "");

            assertThat(await((Callback<List<String>> cb) -> fs.readdir(dir, cb)).result()).containsExactly("a", "b.txt", "c.txt");
            assertThat(await((Callback<List<String>> cb) -> fs.readdir(file, cb)).code()).isEqualTo("ENOTDIR");
        }

        @Test
        void mkdir_recursive_creates_parents_and_accepts_an_existing_directory() throws Exception {
            Path deep = dir.resolve("x/y/z");
            Outcome<Void> first = await(Void.class, cb -> fs.mkdir(deep, true, cb));
            Outcome<Void> again = await(Void.class, cb -> fs.mkdir(deep, true, cb));

            assertThat(Files.isDirectory(deep)).isTrue();
            assertThat(List.of(String.valueOf(first.error()), String.valueOf(again.error()))).containsOnly("null");
        }

        @Test
        void mkdir_fails_with_EEXIST_ENOENT_or_ENOTDIR_as_in_node() throws Exception {
            Path file = Files.writeString(dir.resolve("file"), "");
            assertThat(await(Void.class, cb -> fs.mkdir(dir, false, cb)).code()).as("mkdir of an existing directory").isEqualTo("EEXIST");
            assertThat(await(Void.class, cb -> fs.mkdir(dir.resolve("no/parent"), false, cb)).code())
                    .as("mkdir without recursive under a missing parent").isEqualTo("ENOENT");
            assertThat(await(Void.class, cb -> fs.mkdir(file.resolve("sub"), false, cb)).code())
                    .as("mkdir under a file").isEqualTo("ENOTDIR");
        }

        @Test
        void rm_recursive_removes_a_tree_and_rmdir_refuses_a_non_empty_directory() throws Exception {
            Path tree = Files.createDirectories(dir.resolve("tree/branch"));
            Files.writeString(tree.resolve("leaf.txt"), "leaf");

            assertThat(await(Void.class, cb -> fs.rmdir(dir.resolve("tree"), cb)).code()).isEqualTo("ENOTEMPTY");
            assertThat(await(Void.class, cb -> fs.rm(dir.resolve("tree"), false, cb)).code())
                    .as("rm of a directory without recursive").isEqualTo("EISDIR");
            assertThat(Files.exists(tree.resolve("leaf.txt"))).as("a refused removal removes nothing").isTrue();
            assertThat(await(Void.class, cb -> fs.rm(dir.resolve("tree"), true, cb)).error()).isNull();
            assertThat(Files.exists(dir.resolve("tree"))).isFalse();
            assertThat(await(Void.class, cb -> fs.rm(dir.resolve("tree"), true, cb)).code()).isEqualTo("ENOENT");
        }
    }

    static Stream<Arguments> javaExceptions() {
        return Stream.of(
                Arguments.of(new NoSuchFileException("/f"), "ENOENT"),
                Arguments.of(new FileAlreadyExistsException("/f"), "EEXIST"),
                Arguments.of(new NotDirectoryException("/f"), "ENOTDIR"),
                Arguments.of(new FileSystemException("/f", null, "Not a directory"), "ENOTDIR"),
                Arguments.of(new FileSystemException("/f", null, "Is a directory"), "EISDIR"),
                Arguments.of(new DirectoryNotEmptyException("/f"), "ENOTEMPTY"),
                Arguments.of(new AccessDeniedException("/f"), "EACCES"),
                Arguments.of(new IOException("device on fire"), "EIO"));
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @MethodSource("javaExceptions")
    void java_exceptions_map_to_node_codes(IOException javaException, String code) {
        FsException error = FsErrors.fromJava(javaException, "open", Path.of("/f"));
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.getCause()).as("the Java exception is kept as the cause").isSameAs(javaException);
    }

    @Nested
    @DisplayName("streams and atomic writes")
    class StreamsAndAtomicWrites {

        @Test
        void createReadStream_delivers_64_KiB_chunks_on_the_loop_then_end() throws Exception {
            byte[] content = new byte[200_000];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) (i * 31);
            }
            Path file = Files.write(dir.resolve("big.bin"), content);
            List<String> events = new ArrayList<>();
            CompletableFuture<Void> ended = new CompletableFuture<>();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            fs.createReadStream(file, new ChunkListener() {
                @Override
                public void onData(byte[] chunk) {
                    events.add(chunk.length + " on " + Thread.currentThread().getName());
                    received.writeBytes(chunk);
                }

                @Override
                public void onEnd() {
                    events.add("end");
                    ended.complete(null);
                }

                @Override
                public void onError(FsException error) {
                    ended.completeExceptionally(error);
                }
            });
            ended.get(5, TimeUnit.SECONDS);

            assertThat(events).as("the default highWaterMark of a file read stream is 64 KiB")
                    .containsExactly("65536 on test-loop", "65536 on test-loop", "65536 on test-loop",
                            "3392 on test-loop", "end");
            assertThat(received.toByteArray()).isEqualTo(content);
        }

        @Test
        void createReadStream_of_a_missing_file_reports_ENOENT_and_no_end() throws Exception {
            CompletableFuture<String> outcome = new CompletableFuture<>();
            fs.createReadStream(dir.resolve("none"), 16, new ChunkListener() {
                @Override
                public void onData(byte[] chunk) {
                    outcome.complete("data");
                }

                @Override
                public void onEnd() {
                    outcome.complete("end");
                }

                @Override
                public void onError(FsException error) {
                    outcome.complete(error.code());
                }
            });
            assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("ENOENT");
        }

        @Test
        void createWriteStream_writes_chunks_in_call_order() throws Exception {
            Path file = dir.resolve("out.txt");
            FileWriteStream out = fs.createWriteStream(file);
            List<String> callbacks = new ArrayList<>();
            CompletableFuture<Void> closed = new CompletableFuture<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                out.write(utf8(n + ","), (error, result) -> callbacks.add("write " + n + " " + error));
            }
            out.end((error, result) -> {
                callbacks.add("end " + error);
                closed.complete(null);
            });
            closed.get(5, TimeUnit.SECONDS);

            assertThat(Files.readString(file)).isEqualTo("0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,");
            assertThat(callbacks).hasSize(21).startsWith("write 0 null", "write 1 null").endsWith("end null");
        }

        @Test
        void an_atomic_write_replaces_the_content_and_leaves_no_temporary_file() throws Exception {
            Path config = Files.writeString(dir.resolve("config.json"), "{\"v\":1}");
            Outcome<Void> outcome = await(Void.class, cb -> fs.writeFileAtomic(config, List.of(utf8("{\"v\":"), utf8("2}")), cb));

            assertThat(outcome.error()).isNull();
            assertThat(Files.readString(config)).isEqualTo("{\"v\":2}");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
            }
        }

        @Test
        void an_atomic_write_that_fails_midway_leaves_the_old_content_intact() throws Exception {
            Path config = Files.writeString(dir.resolve("config.json"), "{\"v\":1}");
            IllegalStateException dropped = new IllegalStateException("upload connection dropped");
            Iterable<byte[]> failingHalfway = () -> new Iterator<>() {
                private int sent;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public byte[] next() {
                    if (sent++ == 1) {
                        throw dropped;
                    }
                    if (sent > 2) {
                        throw new NoSuchElementException();
                    }
                    return utf8("{\"v\":2, \"half\":");
                }
            };
            Outcome<Void> outcome = await(Void.class, cb -> fs.writeFileAtomic(config, failingHalfway, cb));

            assertThat(outcome.error()).as("the failure reaches the callback unchanged").isSameAs(dropped);
            assertThat(Files.readString(config)).as("the old content is intact: nothing was renamed over it")
                    .isEqualTo("{\"v\":1}");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("the temporary file was removed")
                        .containsExactly("config.json");
            }
        }
    }
}
