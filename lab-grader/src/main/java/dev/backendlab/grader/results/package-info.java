/**
 * What grading produced: a {@link dev.backendlab.grader.results.CheckResult} per check, grouped by
 * exercise, stored as JSON by {@link dev.backendlab.grader.results.ResultsStore}; a check that did
 * not run for want of a tool, a JDK or a server carries its {@link dev.backendlab.grader.results.Need}.
 */
package dev.backendlab.grader.results;
