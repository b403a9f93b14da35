/**
 * Exercise 2, the event loop with Node's phases: timers, pending callbacks, poll (I/O completions),
 * check ({@code setImmediate}), close callbacks, and the nextTick and microtask queues drained after
 * every single callback. Start with {@link dev.backendlab.phase01.eventloop.EventLoop#run}; the
 * handles {@link dev.backendlab.phase01.eventloop.Timer}, {@link dev.backendlab.phase01.eventloop.Immediate}
 * and {@link dev.backendlab.phase01.eventloop.PendingIo} are given.
 */
package dev.backendlab.phase01.eventloop;
