package dev.backendlab.phase01.eventloop;

/**
 * An I/O operation in flight, as libuv sees one: while it is pending it keeps the loop alive.
 *
 * <p>The thread doing the I/O (any thread) calls {@link #complete} once, with the callback the loop
 * runs in its poll phase.
 */
public interface PendingIo {

    /**
     * Posts {@code callback} to the loop's poll phase and stops this operation keeping the loop
     * alive. Safe to call from any thread.
     *
     * @throws IllegalStateException if this operation was already completed
     */
    void complete(Runnable callback);
}
