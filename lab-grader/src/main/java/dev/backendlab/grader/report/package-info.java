/**
 * Turns results into what the learner reads: {@link dev.backendlab.grader.report.Progress} places
 * every exercise on the roadmap; {@link dev.backendlab.grader.report.Dashboard},
 * {@link dev.backendlab.grader.report.ModuleBlock}, {@link dev.backendlab.grader.report.ProgressJson},
 * {@link dev.backendlab.grader.report.ProgressMarkdown} and {@link dev.backendlab.grader.report.ProgressHtml}
 * render it. The two {@code *Main} classes are what the POM runs after a module's tests and at the end
 * of the build.
 */
package dev.backendlab.grader.report;
