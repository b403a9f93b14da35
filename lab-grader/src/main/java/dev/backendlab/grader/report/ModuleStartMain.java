package dev.backendlab.grader.report;

import dev.backendlab.grader.roadmap.Roadmap;

/**
 * Runs before a phase module's tests (bound in the parent POM) and says which module is being
 * graded, so a learner watching a long run knows where it is.
 */
public final class ModuleStartMain {

    private ModuleStartMain() {
    }

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        if (arguments.flag("skip-tests")) {
            return;
        }
        String module = arguments.required("module");
        String title = Roadmap.phaseOfModule(module).map(p -> " (phase " + p.number() + ", " + p.title() + ")").orElse("");
        System.out.println("Grading " + module + title + " ...");
    }
}
