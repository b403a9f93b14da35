package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path sources;

    @Test
    void a_saved_java_file_is_reported_and_other_files_are_not() throws Exception {
        Files.createDirectories(sources.resolve("demo"));
        BlockingQueue<Path> saves = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = SourceWatcher.start(List.of(sources), saves::add)) {
            Files.writeString(sources.resolve("demo/notes.txt"), "not code");
            Files.writeString(sources.resolve("demo/Loop.java"), "class Loop {}");

            assertThat(saves.poll(10, TimeUnit.SECONDS)).isEqualTo(sources.resolve("demo/Loop.java"));
        }
    }

    @Test
    void a_folder_created_while_watching_is_watched_too() throws Exception {
        BlockingQueue<Path> saves = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = SourceWatcher.start(List.of(sources), saves::add)) {
            Files.createDirectories(sources.resolve("fresh"));
            Files.writeString(sources.resolve("fresh/First.java"), "class First {}");
            assertThat(saves.poll(10, TimeUnit.SECONDS)).isEqualTo(sources.resolve("fresh/First.java"));
            saves.clear();

            Files.writeString(sources.resolve("fresh/Second.java"), "class Second {}");
            Path second = saves.poll(10, TimeUnit.SECONDS);
            while (second != null && !second.endsWith("Second.java")) {
                second = saves.poll(10, TimeUnit.SECONDS);
            }
            assertThat(second).isEqualTo(sources.resolve("fresh/Second.java"));
        }
    }
}
