package dev.backendlab.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How many hints of each exercise the learner has seen, in {@code .lab/hints.properties} at the
 * root (git-ignored; outside {@code target/}, so {@code ./mvnw clean} keeps it).
 */
final class HintLog {

    private final Path file;

    HintLog(Path root) {
        this.file = root.resolve(".lab").resolve("hints.properties");
    }

    int shown(String exerciseId) {
        return Integer.parseInt(read().getProperty(exerciseId, "0"));
    }

    void record(String exerciseId, int shown) {
        Properties counts = read();
        counts.setProperty(exerciseId, Integer.toString(shown));
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                counts.store(writer, "Hints ./lab hint has shown, per exercise");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remember the hints shown in " + file, e);
        }
    }

    private Properties read() {
        Properties counts = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                counts.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }
        return counts;
    }
}
