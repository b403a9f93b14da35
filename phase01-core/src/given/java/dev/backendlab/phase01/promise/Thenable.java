package dev.backendlab.phase01.promise;

import java.util.function.Consumer;

/**
 * Any object with a {@code then(onFulfilled, onRejected)}, as JavaScript sees one: a promise from
 * another library. Resolving a {@link Promise} with a thenable makes the promise adopt its outcome.
 */
@FunctionalInterface
public interface Thenable<T> {

    /** Calls {@code onFulfilled} with the value or {@code onRejected} with the reason, at most once. */
    void then(Consumer<? super T> onFulfilled, Consumer<? super Throwable> onRejected);
}
