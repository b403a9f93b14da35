package dev.backendlab.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress a grading run leaves under the repository root's {@code target/}: JSON for tools,
 * a Markdown table, and a page to open in a browser ({@link ProgressHtml}). The reference solutions' run writes its own files ({@code -solution}), so
 * checking the lab never overwrites the learner's progress.
 */
public final class ProgressFiles {

    private ProgressFiles() {
    }

    /** The file name without extension: {@code lab-progress} or {@code lab-progress-solution}. */
    public static String baseName(String mode) {
        return "solution".equals(mode) ? "lab-progress-solution" : "lab-progress";
    }

    public static void write(Path root, Progress progress, String mode) {
        try {
            Path target = Files.createDirectories(root.resolve("target"));
            String base = baseName(mode);
            Files.writeString(target.resolve(base + ".json"), ProgressJson.render(progress, mode), StandardCharsets.UTF_8);
            Files.writeString(target.resolve(base + ".md"), ProgressMarkdown.render(progress), StandardCharsets.UTF_8);
            Files.writeString(target.resolve(base + ".html"), ProgressHtml.render(progress), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the progress files under " + root.resolve("target"), e);
        }
    }
}
