/**
 * A module README as the lab's catalogue of exercises: each {@code ## Exercise N: Title} section
 * names its test class, links the stub files the learner edits, and lists its hints. The learner's
 * tools read it ({@code ./lab hint}, {@code ./lab reset}); {@link dev.backendlab.grader.readme.ReadmeRules}
 * keeps it true in the solution build. Start with {@link dev.backendlab.grader.readme.ModuleReadme}.
 */
package dev.backendlab.grader.readme;
