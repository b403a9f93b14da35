package dev.backendlab.phase01.fs;

/**
 * Node's error-first callback: {@code error} is {@code null} on success (then {@code result} holds
 * the result, {@code null} for operations that return nothing); on failure {@code result} is {@code null}.
 */
@FunctionalInterface
public interface Callback<T> {

    void done(Throwable error, T result);
}
