package dev.backendlab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backendlab.grader.roadmap.Phase;
import dev.backendlab.grader.roadmap.Roadmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RoadmapTest {

    @Test
    void has_sixteen_phases_in_order() {
        assertThat(Roadmap.phases()).extracting(Phase::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(Roadmap.phases()).filteredOn(Phase::inLab).extracting(p -> p.module().orElseThrow())
                .containsExactly("phase01-core", "phase02-http", "phase03-rest", "phase04-auth",
                        "phase05-databases", "phase06-caching", "phase15-realtime");
    }

    @Test
    void every_phase_module_is_a_module_of_the_build() throws IOException {
        String rootPom = Files.readString(Path.of("..", "pom.xml"));

        Roadmap.phases().stream().flatMap(p -> p.module().stream())
                .forEach(m -> assertThat(rootPom).contains("<module>" + m + "</module>"));
    }

    /** The roadmap document lives beside the repository for the lab's developers (and CI). */
    @Test
    void sub_topics_are_spelled_as_in_the_roadmap_document_when_it_is_beside_the_repository() throws IOException {
        Path document = Path.of("..", "..", "shared", "ROADMAP.md");
        assumeTrue(Files.exists(document), "no shared/ROADMAP.md beside the repository");

        Map<Integer, List<String>> documented = new TreeMap<>();
        Pattern firstWave = Pattern.compile("^\\| (\\d+) [^|]+\\| [^|]+\\| ([^|]+) \\|");
        Pattern later = Pattern.compile("^\\| (\\d+) [^|]+\\| ([^|]+) \\|$");
        for (String line : Files.readAllLines(document)) {
            Matcher m = firstWave.matcher(line);
            Matcher n = later.matcher(line);
            Matcher hit = m.find() ? m : n.find() ? n : null;
            if (hit != null) {
                documented.put(Integer.parseInt(hit.group(1)),
                        new ArrayList<>(Arrays.asList(hit.group(2).strip().split("; "))));
            }
        }
        assertThat(documented).hasSize(16);
        Roadmap.phases().forEach(p -> assertThat(p.topics()).as("sub-topics of phase %d", p.number())
                .containsExactlyElementsOf(documented.get(p.number())));
    }
}
