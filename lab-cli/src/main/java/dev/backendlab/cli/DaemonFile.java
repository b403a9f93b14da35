package dev.backendlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * {@code .lab/grader.json}: where the resident grader's daemon listens (a loopback port), the
 * random token a client must send first, its process id, and the build of the tool it runs (a
 * daemon of an older build is replaced). Git-ignored with the rest of {@code .lab/}.
 */
record DaemonFile(int port, String token, long pid, String build) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path of(Path root) {
        return root.resolve(".lab").resolve("grader.json");
    }

    static Optional<DaemonFile> read(Path root) {
        Path file = of(root);
        try {
            return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), DaemonFile.class)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // half written, or an older format: as if there were none
        }
    }

    void write(Path root) {
        Path file = of(root);
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), "grader", ".tmp");
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the folder's own permissions apply
            }
            JSON.writeValue(written.toFile(), this);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Removes the file if it still describes this daemon (a newer one may have replaced it). */
    void removeIfOurs(Path root) {
        if (read(root).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(of(root));
            } catch (IOException e) {
                // a stale file is detected and replaced by the next client
            }
        }
    }

    /** What identifies the tool's build: its jar (or classes folder) and when it was built. */
    static String currentBuild() {
        try {
            Path location = Path.of(DaemonFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location + "@" + Files.getLastModifiedTime(location).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
