/**
 * Exercise 1, the mini runtime: what Node is, in one class. One thread (the loop) runs every
 * callback; blocking work goes to a small pool; each result is posted back to the loop and its
 * callback runs there. Start with {@link dev.backendlab.phase01.runtime.MiniRuntime#run}.
 */
package dev.backendlab.phase01.runtime;
