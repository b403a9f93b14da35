/**
 * Exercise 7, an asynchronous file system like Node's {@code fs}: the blocking calls of
 * {@code java.nio.file.Files} run on a pool, their error-first callbacks on the loop, and failures
 * carry Node's codes. Start with {@link dev.backendlab.phase01.fs.FsErrors#fromJava}, then
 * {@link dev.backendlab.phase01.fs.AsyncFs#readFile}; the file streams are {@code FileReadStream} and
 * {@code FileWriteQueue}. {@link dev.backendlab.phase01.fs.Callback},
 * {@link dev.backendlab.phase01.fs.FsException}, {@link dev.backendlab.phase01.fs.FileStats},
 * {@link dev.backendlab.phase01.fs.ChunkListener} and {@link dev.backendlab.phase01.fs.FileWriteStream}
 * are given.
 */
package dev.backendlab.phase01.fs;
