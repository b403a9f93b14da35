/**
 * The learner's {@code ./lab} command: where you stand, grade one exercise, re-grade on save, hints
 * one at a time, reset a stub, see the reference solution once yours passes. Start with
 * {@link dev.backendlab.cli.Lab}, which dispatches to one class per subcommand; exercises come from
 * the module READMEs ({@link dev.backendlab.cli.LabProject}), results from the grader's files.
 */
package dev.backendlab.cli;
