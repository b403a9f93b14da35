/**
 * What grading produced: a {@link dev.backendlab.grader.results.CheckResult} per check, grouped by
 * exercise, stored as JSON by {@link dev.backendlab.grader.results.ResultsStore}.
 */
package dev.backendlab.grader.results;
