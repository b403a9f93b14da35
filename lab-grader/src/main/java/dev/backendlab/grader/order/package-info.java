/**
 * Checks run in the order their author wrote them: {@link dev.backendlab.grader.order.SourceOrderMethods}
 * for the checks of a class, {@link dev.backendlab.grader.order.SourceOrderClasses} for its
 * {@code @Nested} groups, both read from the class files' line numbers
 * ({@link dev.backendlab.grader.order.LineNumbers}). So the first failure on screen is the first one
 * the learner is meant to meet.
 */
package dev.backendlab.grader.order;
