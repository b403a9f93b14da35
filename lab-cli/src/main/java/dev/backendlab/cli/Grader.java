package dev.backendlab.cli;

import java.util.List;

/** Runs grading tests: in the tool, Maven ({@link MavenGrader}); in its tests, a stand-in. */
public interface Grader {

    /**
     * Grades some exercises of one module and waits until the results are written.
     *
     * @param testClasses the exercises' test classes, simple names
     * @return the build's exit code: not 0 when it could not grade (a compile error, say)
     */
    int grade(String module, List<String> testClasses) throws InterruptedException;
}
