package dev.backendlab.phase01.promise;

/** A promise is pending until it settles, once, as fulfilled (with a value) or rejected (with a reason). */
public enum PromiseState {
    PENDING, FULFILLED, REJECTED
}
