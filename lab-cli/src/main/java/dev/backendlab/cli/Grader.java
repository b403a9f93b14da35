package dev.backendlab.cli;

import java.util.List;

/**
 * Runs grading tests: {@link ResidentGrader} in a JVM that stays up, {@link MavenGrader} through
 * the wrapper, and in the tool's tests a stand-in.
 */
public interface Grader {

    /** The exit code of a round whose code did not compile: the compiler's errors were printed. */
    int DID_NOT_COMPILE = 3;

    /**
     * Grades some exercises of one module and waits until the results are written.
     *
     * @param testClasses the exercises' test classes, simple names
     * @return the build's exit code: not 0 when it could not grade ({@link #DID_NOT_COMPILE}, say)
     */
    int grade(String module, List<String> testClasses) throws InterruptedException;
}
