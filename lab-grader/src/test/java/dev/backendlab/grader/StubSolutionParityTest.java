package dev.backendlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.parity.Drift;
import dev.backendlab.grader.parity.StubSolutionParity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StubSolutionParityTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void dump() throws IOException {
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            modules = dirs.filter(d -> d.getFileName().toString().matches("phase\\d\\d-.+")).sorted().toList();
        }
        List<String> all = new ArrayList<>();
        for (Path m : modules) {
            StubSolutionParity.Result r = StubSolutionParity.check(ROOT, m);
            r.drifts().forEach(d -> all.add(d.toString()));
            r.pairs().forEach(p -> System.out.println("SHARED " + p.sharedLines().size() + " " + p.file()));
            System.out.println("SHARED-TOTAL " + m.getFileName() + " " + r.sharedLines());
        }
        all.forEach(d -> System.out.println("DRIFT " + d));
    }
}
