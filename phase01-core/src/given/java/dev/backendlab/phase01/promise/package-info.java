/**
 * Exercise 3, a Promise whose reactions are microtasks: then/catch/finally, adoption of thenables,
 * all, allSettled, race and any. Start with {@link dev.backendlab.phase01.promise.Promise#then}.
 * The queue it schedules on ({@link dev.backendlab.phase01.promise.MicrotaskQueue}), the
 * {@link dev.backendlab.phase01.promise.Thenable} contract and the result types are given.
 */
package dev.backendlab.phase01.promise;
