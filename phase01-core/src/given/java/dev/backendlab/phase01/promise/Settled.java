package dev.backendlab.phase01.promise;

/**
 * One entry of {@code Promise.allSettled}'s result: JavaScript's {@code {status, value}} or
 * {@code {status, reason}}.
 */
public record Settled<T>(PromiseState status, T value, Throwable reason) {

    public static <T> Settled<T> fulfilled(T value) {
        return new Settled<>(PromiseState.FULFILLED, value, null);
    }

    public static <T> Settled<T> rejected(Throwable reason) {
        return new Settled<>(PromiseState.REJECTED, null, reason);
    }
}
