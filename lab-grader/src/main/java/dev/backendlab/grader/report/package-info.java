/**
 * Turns results into what the learner reads: {@link dev.backendlab.grader.report.Progress} places
 * every exercise on the roadmap; {@link dev.backendlab.grader.report.Dashboard},
 * {@link dev.backendlab.grader.report.ModuleBlock}, {@link dev.backendlab.grader.report.ProgressJson},
 * {@link dev.backendlab.grader.report.ProgressMarkdown} and {@link dev.backendlab.grader.report.ProgressHtml}
 * render it. The three {@code *Main} classes are what the POM runs:
 * {@link dev.backendlab.grader.report.ModuleStartMain} before a module's tests,
 * {@link dev.backendlab.grader.report.ModuleReportMain} after them, and
 * {@link dev.backendlab.grader.report.DashboardMain} at the end of the build. Start with
 * {@code lab-grader/README.md}, "The path of one check".
 */
package dev.backendlab.grader.report;
