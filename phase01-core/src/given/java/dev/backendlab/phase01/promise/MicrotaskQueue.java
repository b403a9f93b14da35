package dev.backendlab.phase01.promise;

/**
 * Where promise reactions are queued: the event loop's microtask queue ({@code loop::queueMicrotask}
 * from Exercise 2 is one), drained after the current callback returns.
 */
@FunctionalInterface
public interface MicrotaskQueue {

    void queueMicrotask(Runnable job);
}
