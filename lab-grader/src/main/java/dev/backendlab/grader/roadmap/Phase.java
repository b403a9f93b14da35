package dev.backendlab.grader.roadmap;

import java.util.List;
import java.util.Optional;

/**
 * One phase of the roadmap: its number, its title, its sub-topics (the dashboard's rows) and the
 * module that teaches it, if the lab has one yet.
 */
public record Phase(int number, String title, Optional<String> module, List<String> topics) {

    public Phase {
        topics = List.copyOf(topics);
    }

    public boolean inLab() {
        return module.isPresent();
    }
}
