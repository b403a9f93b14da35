package dev.backendlab.phase01.eventloop;

/** What {@code setImmediate} returns: the handle {@code clearImmediate} takes. */
public interface Immediate {
}
