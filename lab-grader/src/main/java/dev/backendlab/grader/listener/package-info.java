/**
 * The JUnit side of grading: {@link dev.backendlab.grader.listener.GradingListener} listens to every
 * test run (Maven's and the IDE's) and {@link dev.backendlab.grader.listener.CheckClassifier}
 * decides whether each check passed, is not started, failing, broken or timed out.
 */
package dev.backendlab.grader.listener;
