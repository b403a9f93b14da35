package dev.backendlab.grader.listener;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.StubCalls;
import dev.backendlab.grader.report.ModuleBlock;
import dev.backendlab.grader.report.Style;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Scores every check of every {@link Exercise} while JUnit runs, and writes each exercise's results
 * as soon as its test class finishes, so a module whose JVM is later killed keeps what it graded.
 *
 * <p>Registered through {@code META-INF/services}, so Maven's and the IDE's runs both use it.
 * Test classes without {@code @Exercise} (the grader's own tests) are ignored.
 */
public class GradingListener implements TestExecutionListener {

    private final Settings settings;
    private final Map<String, ExerciseRun> exercisesByClass = new LinkedHashMap<>();
    private final Map<String, Long> stubCountAtStart = new ConcurrentHashMap<>();
    private final List<ExerciseResult> written = new ArrayList<>();
    private TestPlan plan;

    public GradingListener() {
        this(Settings.fromSystemProperties());
    }

    public GradingListener(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        testPlan.getRoots().forEach(root -> testPlan.getDescendants(root).forEach(this::register));
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier id) {
        register(id);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            stubCountAtStart.put(id.getUniqueId(), StubCalls.count());
            exerciseOf(id).ifPresent(run -> run.started(id));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        CheckResult skipped = new CheckResult("", CheckStatus.SKIPPED, reason);
        if (id.isTest()) {
            exerciseOf(id).ifPresent(run -> {
                run.started(id); // its turn came, in the declared order
                run.finish(id, skipped);
            });
        } else {
            exerciseOf(id).ifPresent(run -> run.finishUnfinishedUnder(id, skipped, plan));
        }
        writeIfClassFinished(id);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<ExerciseRun> run = exerciseOf(id);
        if (id.isTest()) {
            Long before = stubCountAtStart.remove(id.getUniqueId());
            boolean stubReached = before != null && StubCalls.count() > before;
            run.ifPresent(r -> r.finish(id, CheckClassifier.classify("", result, stubReached)));
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // A failed @BeforeAll or class setup: every check under it ends with that failure.
            run.ifPresent(r -> r.finishUnfinishedUnder(id, CheckClassifier.classify("", result, false), plan));
        }
        writeIfClassFinished(id);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        exercisesByClass.values().stream().filter(r -> !r.written).forEach(this::write);
        if (settings.printBlock() && !written.isEmpty()) {
            System.out.println(ModuleBlock.render(written.get(0).module(), written, Style.detect()));
        }
    }

    private void register(TestIdentifier id) {
        if (!id.isTest()) {
            return;
        }
        Class<?> testClass = classOf(id);
        Exercise exercise = testClass == null ? null : exerciseAnnotation(testClass);
        if (exercise == null) {
            return;
        }
        Class<?> exerciseClass = exerciseClass(testClass);
        exercisesByClass.computeIfAbsent(exerciseClass.getName(), n -> new ExerciseRun(exerciseClass, exercise))
                .register(id, checkName(id, exerciseClass));
    }

    private Optional<ExerciseRun> exerciseOf(TestIdentifier id) {
        Class<?> testClass = classOf(id);
        if (testClass == null || exerciseAnnotation(testClass) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(exercisesByClass.get(exerciseClass(testClass).getName()));
    }

    private void writeIfClassFinished(TestIdentifier id) {
        if (id.getSource().orElse(null) instanceof ClassSource source) {
            ExerciseRun run = exercisesByClass.get(source.getClassName());
            if (run != null && !run.written) {
                write(run);
            }
        }
    }

    private void write(ExerciseRun run) {
        run.written = true;
        Settings where = settings.forClass(run.testClass);
        ExerciseResult result = run.toResult(where.module());
        new ResultsStore(where.resultsDirectory()).write(result);
        written.add(result);
    }

    /** "Nested display name > method display name", starting below the exercise class. */
    private String checkName(TestIdentifier id, Class<?> exerciseClass) {
        List<String> parts = new ArrayList<>();
        for (TestIdentifier at = id; at != null; at = plan.getParent(at).orElse(null)) {
            if (at.getSource().orElse(null) instanceof ClassSource cs && cs.getClassName().equals(exerciseClass.getName())) {
                break;
            }
            parts.add(0, at.getDisplayName());
        }
        return String.join(" > ", parts);
    }

    private Class<?> classOf(TestIdentifier id) {
        for (TestIdentifier at = id; at != null; at = plan.getParent(at).orElse(null)) {
            TestSource source = at.getSource().orElse(null);
            if (source instanceof MethodSource ms) {
                return load(ms.getClassName());
            }
            if (source instanceof ClassSource cs) {
                return load(cs.getClassName());
            }
        }
        return null;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Exercise exerciseAnnotation(Class<?> testClass) {
        Class<?> owner = exerciseClass(testClass);
        return owner == null ? null : owner.getAnnotation(Exercise.class);
    }

    /** The class carrying {@code @Exercise}: the test class itself or one that encloses it. */
    private static Class<?> exerciseClass(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(Exercise.class)) {
                return c;
            }
        }
        return testClass;
    }

    /** The checks of one exercise in this run, in registration order. */
    private static final class ExerciseRun {
        private final Class<?> testClass;
        private final Exercise exercise;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, CheckResult> results = new LinkedHashMap<>();
        // The order checks ran in, which is the order the class declares them (SourceOrderMethods):
        // a parameterized check's cases are registered only when they run, so registration order alone
        // would put them after every plain check.
        private final Map<String, Integer> startOrder = new LinkedHashMap<>();
        private boolean written;

        ExerciseRun(Class<?> testClass, Exercise exercise) {
            this.testClass = testClass;
            this.exercise = exercise;
        }

        synchronized void register(TestIdentifier id, String name) {
            names.putIfAbsent(id.getUniqueId(), name);
        }

        synchronized void started(TestIdentifier id) {
            startOrder.putIfAbsent(id.getUniqueId(), startOrder.size());
        }

        synchronized void finish(TestIdentifier id, CheckResult outcome) {
            String name = names.getOrDefault(id.getUniqueId(), id.getDisplayName());
            results.put(id.getUniqueId(), new CheckResult(name, outcome.status(), outcome.message(), outcome.need()));
        }

        synchronized void finishUnfinishedUnder(TestIdentifier container, CheckResult outcome, TestPlan plan) {
            for (TestIdentifier d : plan.getDescendants(container)) {
                if (d.isTest() && !results.containsKey(d.getUniqueId())) {
                    finish(d, outcome);
                }
            }
        }

        synchronized ExerciseResult toResult(String module) {
            // Checks that ran, in the order they ran; then those that did not, as registered (stable sort).
            List<String> ids = new ArrayList<>(names.keySet());
            ids.sort(Comparator.comparingInt(uid -> startOrder.getOrDefault(uid, Integer.MAX_VALUE)));
            List<CheckResult> checks = new ArrayList<>();
            for (String uid : ids) {
                checks.add(results.getOrDefault(uid, new CheckResult(names.get(uid), CheckStatus.SKIPPED, "did not run")));
            }
            return new ExerciseResult(module, exercise.order(), exercise.title(),
                    Arrays.asList(exercise.topics()), testClass.getName(), checks);
        }
    }

    /** Where results go and whether to print the module's block (IDE runs; Maven prints its own). */
    public record Settings(String module, Path resultsDirectory, boolean printBlock) {

        static Settings fromSystemProperties() {
            Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
            String module = System.getProperty("lab.module");
            String resultsDir = System.getProperty("lab.resultsDir");
            boolean underMaven = module != null;
            return new Settings(
                    underMaven ? module : workingDirectory.getFileName().toString(),
                    resultsDir != null ? Path.of(resultsDir) : workingDirectory.resolve(ResultsStore.DIRECTORY),
                    !underMaven);
        }

        /**
         * Outside Maven (an IDE), the working directory may be the repository root rather than the
         * module (VS Code's default), so the module is found from where the class was compiled to:
         * {@code <module>/target/test-classes}, the folder every Maven-importing IDE uses.
         */
        Settings forClass(Class<?> testClass) {
            if (!printBlock) {
                return this;
            }
            return compiledInto(testClass)
                    .filter(folder -> folder.endsWith(Path.of("target", "test-classes")))
                    .map(folder -> folder.getParent().getParent())
                    .map(moduleDir -> new Settings(moduleDir.getFileName().toString(),
                            moduleDir.resolve(ResultsStore.DIRECTORY), true))
                    .orElse(this);
        }

        private static Optional<Path> compiledInto(Class<?> testClass) {
            try {
                var source = testClass.getProtectionDomain().getCodeSource();
                return source == null ? Optional.empty()
                        : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                return Optional.empty();
            }
        }
    }
}
