package dev.backendlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered text with a file under src/test/resources/golden. After an intended change,
 * rewrite the files with {@code -Dlab.updateGolden=true} and review the diff like code.
 */
final class Golden {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("lab.updateGolden")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (create or refresh it with -Dlab.updateGolden=true)", file).exists();
        assertThat(actual).as("rendered text against %s (refresh with -Dlab.updateGolden=true if the change is intended)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
