package dev.backendlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./lab check}'s side of the resident grader: finds the {@link GraderDaemon} through
 * {@code .lab/grader.json}, starts one when there is none or it is stale (it does not answer, or
 * runs an older build of the tool), sends the round and prints what comes back.
 */
final class DaemonClient implements Grader {

    /** How long a new daemon may take to listen: a JVM start on a busy machine. */
    private static final Duration START_WITHIN = Duration.ofSeconds(60);

    private final Path root;
    private final Console console;
    private final Grader maven;
    private final Starter starter;

    /** Starts a daemon for the lab at {@code root}: a process, in tests a thread. */
    interface Starter {
        Started start(Path root) throws IOException;
    }

    /** A daemon being started: the process id it will write to grader.json, and whether it gave up. */
    interface Started {
        long pid();

        /** True when it exited within the wait (it failed to start). */
        boolean exitedWithin(Duration wait) throws InterruptedException;

        void destroy();
    }

    DaemonClient(Path root, Console console, Grader maven) {
        this(root, console, maven, DaemonClient::startProcess);
    }

    DaemonClient(Path root, Console console, Grader maven, Starter starter) {
        this.root = root.toAbsolutePath().normalize();
        this.console = console;
        this.maven = maven;
        this.starter = starter;
    }

    @Override
    public int grade(String module, List<String> testClasses) throws InterruptedException {
        Optional<DaemonFile> daemon = running();
        if (daemon.isEmpty()) {
            daemon = start();
        }
        if (daemon.isEmpty()) {
            console.println(console.style().bold("Grading with Maven this time: the resident grader did not start (see .lab/grader.log)."));
            return maven.grade(module, testClasses);
        }
        String request = String.join("\t", "grade", module, String.join(",", testClasses),
                Boolean.toString(console.style().unicode()), Boolean.toString(console.style().color()));
        try (Socket socket = connect(daemon.get())) {
            BufferedReader in = send(socket, daemon.get(), request);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(GraderDaemon.EXIT)) {
                    return Integer.parseInt(line.substring(GraderDaemon.EXIT.length()).strip());
                }
                console.println(line);
            }
        } catch (IOException e) {
            // fall through: it went away mid-round
        }
        console.println(console.style().bold("Grading with Maven this time: the resident grader stopped during the round (see .lab/grader.log)."));
        return maven.grade(module, testClasses);
    }

    /** {@code ./lab stop}: ends the daemon if one runs; true when one did. */
    boolean stop() {
        Optional<DaemonFile> daemon = DaemonFile.read(root);
        if (daemon.isEmpty()) {
            return false;
        }
        try (Socket socket = connect(daemon.get())) {
            return "stopped".equals(send(socket, daemon.get(), "stop").readLine());
        } catch (IOException e) {
            return false;
        } finally {
            deleteFile(daemon.get());
        }
    }

    /** The daemon described by grader.json when it answers a ping and runs this build of the tool. */
    Optional<DaemonFile> running() {
        Optional<DaemonFile> daemon = DaemonFile.read(root);
        if (daemon.isEmpty()) {
            return Optional.empty();
        }
        boolean answers = ping(daemon.get());
        if (answers && daemon.get().build().equals(DaemonFile.currentBuild())) {
            return daemon;
        }
        if (answers) {
            stop(); // an older build of the tool: replaced, so a rebuilt lab-cli is what grades
        } else {
            deleteFile(daemon.get());
        }
        return Optional.empty();
    }

    private boolean ping(DaemonFile daemon) {
        try (Socket socket = connect(daemon)) {
            socket.setSoTimeout(5_000);
            return "pong".equals(send(socket, daemon, "ping").readLine());
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<DaemonFile> start() throws InterruptedException {
        Started process;
        try {
            process = starter.start(root);
        } catch (IOException e) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        // The daemon writes grader.json once it listens; its process id tells it from a stale file.
        while (System.nanoTime() < deadline) {
            Optional<DaemonFile> daemon = DaemonFile.read(root).filter(d -> d.pid() == process.pid());
            if (daemon.isPresent() && ping(daemon.get())) {
                return daemon;
            }
            if (process.exitedWithin(Duration.ofMillis(50))) {
                return Optional.empty(); // it exited: the reason is in its log
            }
        }
        process.destroy();
        return Optional.empty();
    }

    private static Socket connect(DaemonFile daemon) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), daemon.port()), 2_000);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static BufferedReader send(Socket socket, DaemonFile daemon, String request) throws IOException {
        PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        out.print(daemon.token() + "\n" + request + "\n");
        out.flush();
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private void deleteFile(DaemonFile daemon) {
        daemon.removeIfOurs(root);
    }

    /**
     * The daemon is this tool's own JVM and class path, in a session of its own where the system
     * has {@code setsid} (so Ctrl-C on a later command does not reach it), its output in .lab/grader.log.
     */
    static Started startProcess(Path root) throws IOException {
        Path log = root.resolve(".lab").resolve("grader.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dlab.root=" + root));
        for (String property : List.of("lab.timeout", "lab.ascii", "lab.color")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(GraderDaemon.class.getName());
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        process.getOutputStream().close();
        return new Started() {
            @Override
            public long pid() {
                return process.pid();
            }

            @Override
            public boolean exitedWithin(Duration wait) throws InterruptedException {
                return process.waitFor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }

            @Override
            public void destroy() {
                process.destroy();
            }
        };
    }
}
