package dev.backendlab.phase01.eventloop;

/**
 * What {@code setTimeout} and {@code setInterval} return, like Node's {@code Timeout} object.
 *
 * <p>A timer is referenced when created: while it is pending it keeps the loop alive. An unref'd
 * timer still fires if the loop is alive for another reason, but does not keep it alive by itself.
 */
public interface Timer {

    /** Makes this timer keep the loop alive again. Returns this timer. */
    Timer ref();

    /** Stops this timer from keeping the loop alive. Returns this timer. */
    Timer unref();

    /** Whether this timer keeps the loop alive while it is pending. */
    boolean hasRef();
}
