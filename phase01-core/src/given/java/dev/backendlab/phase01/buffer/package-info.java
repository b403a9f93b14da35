/**
 * Exercise 6, Node's {@link dev.backendlab.phase01.buffer.Buffer} over a byte array: encodings,
 * shared slices, typed reads and writes in both byte orders, with Node's range errors. Start with
 * {@code Buffer.from(String, Encoding)} and {@code toString(Encoding)}; the
 * {@link dev.backendlab.phase01.buffer.Encoding} enum and
 * {@link dev.backendlab.phase01.buffer.BufferRangeException} are given.
 */
package dev.backendlab.phase01.buffer;
