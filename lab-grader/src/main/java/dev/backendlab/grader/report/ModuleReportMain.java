package dev.backendlab.grader.report;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.readme.ReadmeRules;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import dev.backendlab.grader.roadmap.Roadmap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs after a phase module's tests (bound in the parent POM): prints the module's block, then
 * fails the build where the mode asks for it. Surefire never fails the build on a check; this does,
 * after the learner has seen the block that explains why.
 *
 * <ul>
 *   <li>{@code --require-all-pass=true} (solution mode, {@code -Dlab.strict=true}): any check that
 *       did not pass, or an exercise whose run did not finish, fails the build; a check that needs a
 *       missing tool, a newer JDK or a real server ("needs curl") is accepted, and listed;</li>
 *   <li>{@code --require-tools=true} ({@code -Dlab.requireTools=true}, which CI sets after installing
 *       the tools) or {@code --require-tools=curl,openssl}: with {@code --require-all-pass}, a check
 *       that needs one of those tools (all of them for {@code true}) fails the build too. A newer JDK
 *       and a real server are never required: CI's JDK 25 run grades the first, nothing installs the
 *       second;</li>
 *   <li>solution mode: a misdeclared exercise, or a README that does not teach an exercise as
 *       {@link ReadmeRules} requires, fails;</li>
 *   <li>{@code --expect-untouched=true} (CI, on the stubs): any check that is not "not started"
 *       fails the build, named.</li>
 * </ul>
 */
public final class ModuleReportMain {

    private static final int MAX_LISTED = 40;

    private ModuleReportMain() {
    }

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        if (arguments.flag("skip-tests")) {
            return;
        }
        String module = arguments.required("module");
        Path moduleDir = Path.of(arguments.required("module-dir"));
        String mode = arguments.optional("mode", "learner");
        boolean solution = "solution".equals(mode);
        boolean filtered = arguments.values().containsKey("test-filter");

        ResultsStore store = ResultsStore.ofModule(moduleDir, mode);
        List<ExerciseResult> shown = store.readAll();
        // What this build graded: the checks below never judge results an earlier run left behind
        // (the other mode, or exercises a -Dtest filter did not run this time).
        Instant buildStarted = arguments.values().containsKey("build-started")
                ? Instant.parse(arguments.required("build-started")) : Instant.EPOCH;
        List<ExerciseResult> graded = store.readWrittenSince(buildStarted);
        List<String> notGraded = filtered ? List.of() : notGraded(moduleDir, graded);
        System.out.println(ModuleBlock.render(module, shown, notGraded, Style.detect()));
        List<ExerciseResult> results = graded;

        List<String> problems = new ArrayList<>();
        Roadmap.phaseOfModule(module).ifPresent(phase -> problems.addAll(Progress.problemsOf(phase, results)));
        if (solution) {
            problems.addAll(ReadmeRules.problems(moduleDir, results));
        }
        fail(module + " declares its exercises wrongly", problems);
        if (arguments.flag("require-all-pass")) {
            RequiredTools required = RequiredTools.parse(arguments.optional("require-tools", "false"));
            fail(module + ": every check must pass in this mode", notPassed(results, notGraded, required));
            reportAccepted(module, results);
        }
        if (arguments.flag("expect-untouched")) {
            fail(module + ": grading checks must all be \"not started\" on the untouched stubs",
                    UntouchedStubCheck.violations(results));
        }
    }

    private static void fail(String headline, List<String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        String listed = reasons.stream().limit(MAX_LISTED).collect(Collectors.joining("\n  - ", "\n  - ", ""));
        String more = reasons.size() > MAX_LISTED ? "\n  ... and " + (reasons.size() - MAX_LISTED) + " more" : "";
        throw new IllegalStateException(headline + " (" + reasons.size() + "):" + listed + more);
    }

    private static List<String> notPassed(List<ExerciseResult> results, List<String> notGraded, RequiredTools required) {
        List<String> reasons = new ArrayList<>();
        for (ExerciseResult exercise : results) {
            for (CheckResult check : exercise.checks()) {
                String first = check.message() == null ? "" : ": " + check.message().lines().findFirst().orElse("");
                if (check.needsSomething()) {
                    if (required.requires(check.need())) {
                        reasons.add(exercise.testClassSimpleName() + " > " + check.name() + " " + check.label()
                                + " (required by -Dlab.requireTools=" + required.asWritten() + ")" + first);
                    }
                } else if (!check.passed()) {
                    reasons.add(exercise.testClassSimpleName() + " > " + check.name() + " is " + check.label() + first);
                }
            }
        }
        notGraded.forEach(c -> reasons.add(c + " was not graded: its test run did not finish"));
        return reasons;
    }

    /** Says which checks this build accepted without what they need, so a green build hides none. */
    private static void reportAccepted(String module, List<ExerciseResult> results) {
        NeedsTally accepted = NeedsTally.sum(results.stream().map(r -> NeedsTally.of(r.checks())).toList());
        if (accepted.any()) {
            System.out.println(module + ": accepted without what they need: " + accepted.note()
                    + " (CI installs the tools and sets -Dlab.requireTools=true)");
        }
    }

    /**
     * Exercise classes compiled into target/test-classes that wrote no results: their JVM was killed
     * (the fork timeout) or crashed before they finished.
     */
    static List<String> notGraded(Path moduleDir, List<ExerciseResult> results) {
        Path testClasses = moduleDir.resolve("target/test-classes");
        if (!Files.isDirectory(testClasses)) {
            return List.of();
        }
        Set<String> graded = results.stream().map(ExerciseResult::testClass).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.map(f -> testClasses.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(name -> !graded.contains(name) && isExercise(name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isExercise(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader())
                    .isAnnotationPresent(Exercise.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
