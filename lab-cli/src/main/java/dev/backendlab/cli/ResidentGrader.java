package dev.backendlab.cli;

import dev.backendlab.grader.report.ModuleBlock;
import dev.backendlab.grader.results.ResultsStore;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Grades in this JVM, which stays up between rounds (the watch, or the daemon behind
 * {@code ./lab check}): compiles the module with {@link RoundCompiler}, then runs the exercises'
 * test classes through the JUnit Platform launcher in a fresh class loader for the module's own
 * classes. Their parent, one loader per module holding its libraries and lab-grader, is kept
 * across rounds, so JUnit, the fixtures and an embedded Redis stay loaded and warm.
 *
 * <p>The lab's {@code GradingListener} writes the same results files a Maven run writes, and the
 * module's block is printed as Maven prints it. What it cannot handle (a changed pom.xml, changed
 * lab-grader sources, no compiler) goes to the {@link MavenGrader}, said in one line.
 */
public final class ResidentGrader implements Grader {

    /** How long the threads a round left running get to end once interrupted. */
    private static final Duration THREADS_STOP_WITHIN = Duration.ofSeconds(2);

    private final Path root;
    private Console console;
    private Grader maven;
    private ModuleClasspath.Maven mavenRun;
    private final ModuleClasspath classpaths;
    private final Optional<RoundCompiler> compiler;
    private final Map<String, Libraries> libraries = new HashMap<>();
    private RoundThreads.Left leftRunning = RoundThreads.Left.NOTHING;
    private int rounds;
    private int libraryThreadsLeft;

    public ResidentGrader(Path root, Console console, MavenGrader maven) {
        this(root, console, maven, maven::run);
    }

    /**
     * @param maven grades the rounds it cannot
     * @param mavenRun asks Maven for a module's class path
     */
    ResidentGrader(Path root, Console console, Grader maven, ModuleClasspath.Maven mavenRun) {
        this.root = root.toAbsolutePath().normalize();
        this.console = console;
        this.maven = maven;
        this.mavenRun = mavenRun;
        this.classpaths = new ModuleClasspath(this.root);
        this.compiler = RoundCompiler.create(this.root);
    }

    /** Where the next rounds talk to (the daemon: the client of the moment); Maven's output goes there too. */
    void talkTo(Console console, MavenGrader maven) {
        this.console = console;
        this.maven = maven;
        this.mavenRun = maven::run;
    }

    /** The loader of the module's libraries, kept across rounds; for tests. */
    ClassLoader librariesLoader(String module) {
        Libraries libs = libraries.get(module);
        return libs == null ? null : libs.loader();
    }

    /** The names of the threads the learner's code left running in the last round that would not stop. */
    public List<String> leftRunning() {
        return leftRunning.learners();
    }

    /** How many threads that libraries started (in test fixtures) would not stop, over every round so far. */
    public int libraryThreadsLeft() {
        return libraryThreadsLeft;
    }

    @Override
    public int grade(String module, List<String> testClasses) throws InterruptedException {
        if (compiler.isEmpty()) {
            return withMaven(module, testClasses, "this Java has no compiler (a JRE, not a JDK)");
        }
        Optional<ModuleClasspath.Kept> kept = classpaths.kept(module);
        String pomHash = classpaths.pomHash();
        if (kept.isEmpty()) {
            console.println(console.style().dim("Reading " + module + "'s class path from Maven, once (kept in .lab/classpath/) ..."));
            if (classpaths.refresh(module, mavenRun) != 0 || (kept = classpaths.kept(module)).isEmpty()) {
                return withMaven(module, testClasses, "Maven could not give " + module + "'s class path");
            }
        } else if (!kept.get().pomHash().equals(pomHash)) {
            int exit = withMaven(module, testClasses, "a pom.xml changed");
            forgetLibraries();
            classpaths.refresh(module, mavenRun);
            return exit;
        }
        Optional<String> unusable = unusable(kept.get());
        if (unusable.isPresent()) {
            forgetLibraries();
            int exit = withMaven(module, testClasses, unusable.get());
            if (kept.get().entries().stream().anyMatch(e -> !Files.exists(e))) {
                classpaths.refresh(module, mavenRun); // Maven fetched or built what was missing: ask it again
            }
            return exit;
        }
        try {
            return gradeHere(module, testClasses, kept.get());
        } catch (RoundFailure e) {
            return withMaven(module, testClasses, e.getMessage());
        }
    }

    private int withMaven(String module, List<String> testClasses, String reason) throws InterruptedException {
        console.println(console.style().bold("Grading with Maven this time: " + reason + "."));
        return maven.grade(module, testClasses);
    }

    /** Why the kept class path cannot be used as it is: a missing jar, lab-grader's sources newer than its classes. */
    private Optional<String> unusable(ModuleClasspath.Kept kept) {
        for (Path entry : kept.entries()) {
            if (!Files.exists(entry)) {
                return Optional.of(root.relativize(entry.toAbsolutePath().normalize()).toString().startsWith("..")
                        ? entry.getFileName() + " is no longer in Maven's repository"
                        : root.relativize(entry) + " is not built");
            }
        }
        for (Path entry : kept.reactorEntries(root)) {
            Path module = root.resolve(root.relativize(entry.toAbsolutePath().normalize()).getName(0));
            Instant compiled = newest(entry);
            Instant edited = newest(module.resolve("src/main/java"), module.resolve("src/given/java"), module.resolve("src/main/resources"));
            if (edited.isAfter(compiled)) {
                return Optional.of(module.getFileName() + "'s sources changed and Maven compiles those");
            }
        }
        return Optional.empty();
    }

    private int gradeHere(String module, List<String> testClasses, ModuleClasspath.Kept kept) throws InterruptedException {
        Path moduleDir = root.resolve(module);
        Libraries libs = librariesOf(module, kept);
        Path work = createRoundDirectory();
        try {
            RoundCompiler.Output output = new RoundCompiler.Output(work.resolve("classes"), work.resolve("test-classes"));
            long start = System.nanoTime();
            Optional<String> errors = compiler.get().compile(moduleDir, kept.entries(), output);
            long compiled = System.nanoTime();
            if (errors.isPresent()) {
                console.out().print(errors.get());
                console.out().flush();
                return DID_NOT_COMPILE;
            }
            List<String> classNames = new ArrayList<>();
            for (String simpleName : testClasses) {
                classNames.add(qualifiedName(output.testClasses(), simpleName));
            }
            run(module, moduleDir, libs, output, classNames);
            console.println(console.style().dim(String.format(Locale.ROOT, "(resident grader: compiled in %.1f s, ran the checks in %.1f s)",
                    (compiled - start) / 1e9, (System.nanoTime() - compiled) / 1e9)));
        } finally {
            deleteTree(work);
        }
        console.out().print(ModuleBlock.render(module, ResultsStore.ofModule(moduleDir).readAll(), console.style()));
        List<String> learners = leftRunning.learners();
        if (!learners.isEmpty()) {
            console.println(console.style().red("! " + learners.size() + " thread(s) your code started did not stop when"
                    + " interrupted: " + String.join(", ", learners) + ". Close what you start (a server, a pool) when it is done."));
        }
        console.out().flush();
        return 0;
    }

    private void run(String module, Path moduleDir, Libraries libs, RoundCompiler.Output output, List<String> classNames)
            throws InterruptedException {
        List<URL> urls = new ArrayList<>();
        for (Path p : List.of(output.classes(), moduleDir.resolve("src/main/resources"),
                output.testClasses(), moduleDir.resolve("src/test/resources"))) {
            if (Files.isDirectory(p)) {
                urls.add(url(p));
            }
        }
        RoundThreads threads = RoundThreads.snapshot();
        URLClassLoader roundLoader = new URLClassLoader("lab-round-" + (++rounds), urls.toArray(URL[]::new), libs.loader());
        Thread current = Thread.currentThread();
        ClassLoader previousLoader = current.getContextClassLoader();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Path log = moduleDir.resolve("target").resolve("lab-resident-output.txt");
        try (PrintStream testOutput = testOutput(log)) {
            // As the Maven run does: where results go, and the learner's prints in a file, not on screen.
            System.setProperty("lab.module", module);
            System.setProperty("lab.resultsDir", moduleDir.resolve(ResultsStore.DIRECTORY).toString());
            System.setOut(testOutput);
            System.setErr(testOutput);
            current.setContextClassLoader(roundLoader);
            libs.runner().invoke(null, classNames.toArray(String[]::new),
                    Map.of("junit.jupiter.execution.timeout.testable.method.default", System.getProperty("lab.timeout", "10") + "s"));
        } catch (InvocationTargetException e) {
            throw new RoundFailure("the resident grader failed (" + e.getCause() + ")", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            current.setContextClassLoader(previousLoader);
            System.setOut(out);
            System.setErr(err);
            leftRunning = threads.stop(roundLoader, THREADS_STOP_WITHIN);
            libraryThreadsLeft += leftRunning.libraries();
            try {
                roundLoader.close();
            } catch (IOException e) {
                // only directories: nothing held open that matters
            }
        }
    }

    private static PrintStream testOutput(Path log) {
        try {
            Files.createDirectories(log.getParent());
            return new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's libraries, loaded once: rebuilt when the class path or lab-grader's classes changed. */
    private Libraries librariesOf(String module, ModuleClasspath.Kept kept) {
        Instant reactorBuilt = newest(kept.reactorEntries(root).toArray(Path[]::new));
        Libraries libs = libraries.get(module);
        if (libs != null && libs.entries().equals(kept.entries()) && !reactorBuilt.isAfter(libs.reactorBuilt())) {
            return libs;
        }
        URL[] urls = kept.entries().stream().map(ResidentGrader::url).toArray(URL[]::new);
        // Parent: the platform loader, not the tool's, so the module's JUnit and lab-grader are the ones used.
        URLClassLoader loader = new URLClassLoader("lab-libraries-" + module, urls, ClassLoader.getPlatformClassLoader());
        URLClassLoader bridge = new URLClassLoader("lab-round-runner", new URL[] {ownLocation()}, loader);
        try {
            Class<?> runner = Class.forName(RoundRunner.class.getName(), true, bridge);
            if (runner.getClassLoader() != bridge) {
                throw new IllegalStateException("RoundRunner came from " + runner.getClassLoader());
            }
            Method run = runner.getMethod("run", String[].class, Map.class);
            libs = new Libraries(kept.entries(), reactorBuilt, loader, run);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RoundFailure("the module's libraries did not load (" + e + ")", e);
        }
        Libraries old = libraries.put(module, libs);
        if (old != null) {
            closeQuietly(old.loader());
        }
        return libs;
    }

    /** Drops every module's libraries loader: the next round loads them anew. */
    private void forgetLibraries() {
        libraries.values().forEach(l -> closeQuietly(l.loader()));
        libraries.clear();
    }

    private static URL ownLocation() {
        try {
            return RoundRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code EventLoopTest} to {@code dev.backendlab.phase01.eventloop.EventLoopTest}, from the compiled tests. */
    private static String qualifiedName(Path testClasses, String simpleName) {
        try (Stream<Path> tree = Files.walk(testClasses)) {
            return tree.filter(p -> p.getFileName().toString().equals(simpleName + ".class"))
                    .map(p -> testClasses.relativize(p).toString())
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .findFirst()
                    .orElseThrow(() -> new RoundFailure("no test class " + simpleName + " in src/test/java", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path createRoundDirectory() {
        try {
            Path rounds = root.resolve(".lab").resolve("rounds");
            Files.createDirectories(rounds);
            return Files.createTempDirectory(rounds, "round");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover round folder under .lab/ is harmless
        }
    }

    private static Instant newest(Path... trees) {
        Instant newest = Instant.EPOCH;
        for (Path tree : trees) {
            if (!Files.exists(tree)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    FileTime time = Files.getLastModifiedTime(file);
                    if (time.toInstant().isAfter(newest)) {
                        newest = time.toInstant();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // a file that went away while walking: what is left decides
            }
        }
        return newest;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // the jars it held are closed with the JVM at the latest
        }
    }

    /** One module's libraries, loaded, and the runner loaded through them. */
    private record Libraries(List<Path> entries, Instant reactorBuilt, URLClassLoader loader, Method runner) {
    }

    /** Something the resident grader could not do: Maven grades instead. */
    private static final class RoundFailure extends RuntimeException {
        RoundFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
