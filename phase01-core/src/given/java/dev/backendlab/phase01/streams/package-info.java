/**
 * Exercise 5, Node's streams over byte chunks: {@link dev.backendlab.phase01.streams.Readable}
 * (paused and flowing modes), {@link dev.backendlab.phase01.streams.Writable} (write returns false,
 * then 'drain'), {@link dev.backendlab.phase01.streams.Transform}, {@code pipe} and
 * {@link dev.backendlab.phase01.streams.Pipeline}. Start with {@code Readable.push} and
 * {@code Readable.read}.
 *
 * <p>Unlike Node's, these streams are synchronous: an event fires inside the call that causes it,
 * no loop is needed. Asynchrony comes from the implementations: a {@code doWrite} that keeps its
 * callback and calls it later is a slow disk.
 */
package dev.backendlab.phase01.streams;
