package dev.backendlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A module's test class path (its libraries and the reactor modules it depends on, lab-grader's
 * {@code target/classes} among them), asked of Maven once and kept in {@code .lab/classpath/} with
 * a hash of every pom.xml: when a pom changes, the kept one no longer counts.
 */
final class ModuleClasspath {

    private static final String HASH_PREFIX = "# poms ";

    private final Path root;

    ModuleClasspath(Path root) {
        this.root = root;
    }

    Path file(String module) {
        return root.resolve(".lab").resolve("classpath").resolve(module + ".txt");
    }

    /** What is kept for the module, whatever the poms say now; empty when nothing is. */
    Optional<Kept> kept(String module) {
        Path file = file(module);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).startsWith(HASH_PREFIX)) {
                return Optional.empty();
            }
            List<Path> entries = Arrays.stream(lines.get(1).split(java.io.File.pathSeparator))
                    .filter(s -> !s.isBlank()).map(Path::of).toList();
            return Optional.of(new Kept(lines.get(0).substring(HASH_PREFIX.length()), entries));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The hash of the lab's pom.xml files (the root's and each module's). */
    String pomHash() {
        try (Stream<Path> children = Files.list(root)) {
            List<Path> poms = new ArrayList<>(List.of(root.resolve("pom.xml")));
            children.map(child -> child.resolve("pom.xml")).filter(Files::isRegularFile).sorted().forEach(poms::add);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path pom : poms) {
                digest.update(root.relativize(pom).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(pom)) {
                    digest.update(Files.readAllBytes(pom));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks Maven for the module's test class path and keeps it. {@code compile} with the compiler
     * skipped makes the reactor hand out lab-grader's {@code target/classes} (built by the lab
     * script) instead of looking for a jar that was never installed.
     *
     * @return Maven's exit code
     */
    int refresh(String module, Maven maven) throws InterruptedException {
        String hash = pomHash();
        Path file = file(module);
        try {
            Files.createDirectories(file.getParent());
            Path raw = Files.createTempFile(file.getParent(), module, ".raw");
            try {
                int exit = maven.run(List.of("-q", "compile", "dependency:build-classpath", "-pl", module, "-am",
                        "-Dmaven.main.skip=true", "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + raw));
                if (exit != 0) {
                    return exit;
                }
                String classpath = Files.readString(raw, StandardCharsets.UTF_8).strip();
                Path written = Files.createTempFile(file.getParent(), module, ".tmp");
                Files.writeString(written, HASH_PREFIX + hash + "\n" + classpath + "\n", StandardCharsets.UTF_8);
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return 0;
            } finally {
                Files.deleteIfExists(raw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + module + "'s class path in " + file, e);
        }
    }

    /** Runs the Maven wrapper with some arguments: {@link MavenGrader#run}, in tests a stand-in. */
    interface Maven {
        int run(List<String> args) throws InterruptedException;
    }

    /** A kept class path and the pom hash it was taken with. */
    record Kept(String pomHash, List<Path> entries) {

        /** Entries built from the lab's own modules ({@code lab-grader/target/classes}), not libraries. */
        List<Path> reactorEntries(Path root) {
            return entries.stream().filter(e -> e.toAbsolutePath().normalize().startsWith(root)).toList();
        }
    }
}
