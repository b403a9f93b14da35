/**
 * Exercise 4, a thread pool like libuv's: a fixed number of workers sized by
 * {@code UV_THREADPOOL_SIZE}, one FIFO work queue, completions posted back to the loop. Start with
 * {@link dev.backendlab.phase01.threadpool.LibuvThreadPool#configuredSize}, then the constructor and
 * {@link dev.backendlab.phase01.threadpool.LibuvThreadPool#submit}. The error-first
 * {@link dev.backendlab.phase01.threadpool.Completion} is given.
 */
package dev.backendlab.phase01.threadpool;
