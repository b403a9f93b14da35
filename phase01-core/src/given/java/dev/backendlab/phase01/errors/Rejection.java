package dev.backendlab.phase01.errors;

import java.util.function.Consumer;

/** A rejected promise, reduced to what rejection tracking needs: attaching a handler. */
public interface Rejection {

    /** Like {@code promise.catch(handler)}: marks the rejection handled; the handler runs as a microtask. */
    void catchError(Consumer<Throwable> handler);
}
