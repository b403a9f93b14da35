/**
 * Time for every exercise of the module, given to you (not an exercise): identical in the learner's
 * and the solution's trees.
 *
 * <p>Loops read the time from a {@link dev.backendlab.phase01.time.TimeSource} and wait through it,
 * never through {@code System.currentTimeMillis()} or {@code Thread.sleep}. The tests pass a
 * {@link dev.backendlab.phase01.time.VirtualClock}, which jumps straight to the next timer instead of
 * sleeping, so "the timer fired at exactly 110 ms" is a statement a test can make. Programs use
 * {@link dev.backendlab.phase01.time.SystemTimeSource}. Start with {@code TimeSource}.
 */
package dev.backendlab.phase01.time;
