/**
 * What exercises and their tests use from the grader: {@link dev.backendlab.grader.Exercise} on a
 * test class, {@link dev.backendlab.grader.NotImplementedYetException} in a stub, and
 * {@link dev.backendlab.grader.Needs} in a check that needs an optional tool, a newer JDK or a real
 * server (it ends as "needs curl" without it, never failing).
 *
 * <p>Start with {@code listener.GradingListener}, which scores every check while JUnit runs, then
 * {@code report.Progress}, which turns the scores into the dashboard.
 */
package dev.backendlab.grader;
