package dev.backendlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stub of a file as git holds it: the newest committed version that still is the stub, so a
 * learner who commits their work can still start an exercise over.
 */
final class GitStubs {

    /** How far back to look: the lab's own history plus a learner's commits. */
    private static final int MAX_COMMITS = 200;

    private final Path root;

    GitStubs(Path root) {
        this.root = root;
    }

    /**
     * @param file   the file, relative to the root, with forward slashes
     * @param marker text only the stub has: the exercise's {@code "Exercise N: Title"} in its
     *               not-implemented exceptions
     * @throws UsageException when git is missing or the folder is not a git clone
     */
    Optional<byte[]> stub(String file, String marker) throws InterruptedException {
        Result log = git("log", "--format=%H", "-n", Integer.toString(MAX_COMMITS), "--", file);
        if (log.exitCode() != 0) {
            throw new UsageException("./lab reset restores stubs from git, and git said: "
                    + new String(log.output(), StandardCharsets.UTF_8).strip()
                    + "\nIs this folder a git clone of the lab, with git on the PATH?");
        }
        for (String commit : new String(log.output(), StandardCharsets.UTF_8).lines().toList()) {
            // --filters: the bytes a checkout would write (line endings as this clone has them).
            Result show = git("cat-file", "--filters", commit + ":" + file);
            if (show.exitCode() == 0 && new String(show.output(), StandardCharsets.UTF_8).contains(marker)) {
                return Optional.of(show.output());
            }
        }
        return Optional.empty();
    }

    private record Result(int exitCode, byte[] output) {
    }

    private Result git(String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = readAll(process.getInputStream());
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UsageException("./lab reset restores stubs from git, and git could not be started ("
                    + e.getMessage() + "): install git, or copy the stub back by hand.");
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
