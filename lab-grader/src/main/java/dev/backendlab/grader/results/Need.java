package dev.backendlab.grader.results;

/**
 * What a check needs that this machine may lack: an optional tool, a newer JDK, or a real server.
 * A check ends as "needs <what>" without it, and that neither fails nor counts against the learner.
 *
 * @param kind what sort of need, which decides whether CI may require it
 * @param what how the dashboard names it: {@code curl}, {@code JDK 21}, {@code a real MongoDB}
 */
public record Need(Kind kind, String what) {

    /** What sort of need. */
    public enum Kind {
        /** A program on the PATH ({@code curl}, {@code nginx}); CI installs it and may require it. */
        TOOL,
        /** A newer JDK than the one running; CI's newest JDK grades it, so it is never required. */
        JDK,
        /** A real server a fixture cannot start (a real MongoDB); never required, CI cannot install it. */
        SERVICE
    }

    /** The status the learner reads: {@code needs curl}. */
    public String label() {
        return "needs " + what;
    }
}
