package dev.backendlab.grader;

import dev.backendlab.grader.results.Need;
import org.opentest4j.TestAbortedException;

/**
 * Thrown by {@link Needs} when this machine lacks what a check needs. JUnit reports the check as
 * aborted (an IDE shows it skipped); the grader reports it as "needs &lt;what&gt;".
 */
public final class NeedsException extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    private final transient Need need;

    NeedsException(Need need, String message) {
        super(message);
        this.need = need;
    }

    /** What is missing. */
    public Need need() {
        return need;
    }
}
