package dev.backendlab.grader.listener;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a stack frame is the learner's code: its class was compiled from a module's
 * {@code src/main/java}, the tree the learner edits (given code, tests, libraries and the JDK are not).
 * The class's code source is {@code <module>/target/classes} (or {@code target/solution-classes} in
 * solution mode, whose files have their stub twins at the same paths), so the source file is looked
 * for under {@code <module>/src/main/java}.
 */
final class LearnerSources {

    private static final Map<String, Boolean> LEARNER_CLASS = new ConcurrentHashMap<>();

    private LearnerSources() {
    }

    static boolean isLearnerFrame(StackTraceElement frame) {
        String className = frame.getClassName();
        if (frame.getFileName() == null || className.startsWith("java.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("org.junit.")
                || className.startsWith("dev.backendlab.grader.")) {
            return false;
        }
        return LEARNER_CLASS.computeIfAbsent(className + "/" + frame.getFileName(), key -> sourceExists(frame));
    }

    private static boolean sourceExists(StackTraceElement frame) {
        return moduleOf(frame.getClassName()).map(module -> {
            String className = frame.getClassName();
            int dot = className.lastIndexOf('.');
            String packagePath = dot < 0 ? "" : className.substring(0, dot).replace('.', '/');
            return Files.isRegularFile(module.resolve("src/main/java").resolve(packagePath).resolve(frame.getFileName()));
        }).orElse(false);
    }

    /** {@code <module>} from a class compiled to {@code <module>/target/<folder>}. */
    private static Optional<Path> moduleOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path folder = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            Path target = folder.getParent();
            return target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    ? Optional.ofNullable(target.getParent()) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | IllegalArgumentException
                | SecurityException e) {
            return Optional.empty();
        }
    }
}
