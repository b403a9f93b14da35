package dev.backendlab.phase01.threadpool;

/**
 * Node's error-first callback, {@code (err, result) => ...}: exactly one of the two is meaningful;
 * {@code error} is {@code null} on success.
 */
@FunctionalInterface
public interface Completion<T> {

    void complete(Throwable error, T result);
}
