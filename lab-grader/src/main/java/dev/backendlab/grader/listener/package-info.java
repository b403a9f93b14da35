/**
 * The JUnit side of grading: {@link dev.backendlab.grader.listener.GradingListener} listens to every
 * test run (Maven's and the IDE's) and {@link dev.backendlab.grader.listener.CheckClassifier}
 * decides whether each check passed, is not started, failing, broken, timed out, skipped, or needs
 * a tool, a newer JDK or a real server this machine lacks ("needs curl").
 */
package dev.backendlab.grader.listener;
