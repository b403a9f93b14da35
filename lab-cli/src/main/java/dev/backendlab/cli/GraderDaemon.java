package dev.backendlab.cli;

import dev.backendlab.grader.report.Style;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The resident grader behind {@code ./lab check}: a JVM that {@link DaemonClient} starts once and
 * reuses. It listens on a loopback port chosen by the system, writes the port and a random token to
 * {@code .lab/grader.json}, and serves one grading round at a time (a ping or a stop is answered at
 * once). It exits after {@link #IDLE} without a request, on {@code ./lab stop}, and after a round
 * that left threads of the learner's running that would not stop (or too many of the libraries'),
 * so the next check starts clean.
 *
 * <p>Protocol, one line each way per step, UTF-8: the client sends the token, then
 * {@code ping}, {@code stop} or {@code grade<TAB>module<TAB>Test1,Test2<TAB>unicode<TAB>color};
 * the daemon answers {@code pong} or {@code stopped}, or streams the round's output and ends with
 * {@link #EXIT} and the exit code.
 */
public final class GraderDaemon {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final String EXIT = "\u0000exit ";
    /**
     * Threads of libraries that test fixtures keep for a whole JVM (a Redis client's event loop)
     * are left by every round, since each round loads the fixtures anew: past this many, a new JVM.
     */
    static final int LIBRARY_THREADS_LIMIT = 40;

    private final Path root;
    private final Duration idle;
    private final String token;
    private final ResidentGrader grader;
    private final AtomicInteger busy = new AtomicInteger();
    private final Object oneRoundAtATime = new Object();
    private volatile boolean stopping;
    private ServerSocket server;
    private DaemonFile file;

    GraderDaemon(Path root, Duration idle) {
        this.root = root.toAbsolutePath().normalize();
        this.idle = idle;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
        Console quiet = new Console(new PrintStream(PrintStream.nullOutputStream()), new BufferedReader(new StringReader("")), Style.ASCII);
        this.grader = new ResidentGrader(this.root, quiet, new MavenGrader(this.root, quiet, false));
    }

    public static void main(String[] args) throws IOException {
        new GraderDaemon(Path.of(System.getProperty("lab.root", ".")), IDLE).serve();
        System.exit(0); // threads a learner's code left behind must not keep the JVM up
    }

    /** Listens until stopped or idle; returns then, with the file removed. */
    void serve() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        file = new DaemonFile(server.getLocalPort(), token, ProcessHandle.current().pid(), DaemonFile.currentBuild());
        file.write(root);
        server.setSoTimeout((int) Math.min(Integer.MAX_VALUE, idle.toMillis()));
        try {
            while (!stopping) {
                Socket client;
                try {
                    client = server.accept();
                } catch (SocketTimeoutException e) {
                    if (busy.get() == 0) {
                        break; // idle: nobody checked for a while
                    }
                    continue;
                } catch (IOException e) {
                    if (stopping) {
                        break;
                    }
                    throw e;
                }
                Thread handler = new Thread(() -> handle(client), "lab-grader-client");
                handler.setDaemon(true);
                handler.start();
            }
        } finally {
            file.removeIfOurs(root);
            server.close();
        }
    }

    /** The port it listens on, once {@link #serve} has started. */
    DaemonFile file() {
        return file;
    }

    private void handle(Socket client) {
        busy.incrementAndGet();
        try (client) {
            client.setSoTimeout(10_000); // a client that connects and says nothing
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(client.getOutputStream(), true, StandardCharsets.UTF_8);
            if (!token.equals(in.readLine())) {
                out.println("refused");
                return;
            }
            String request = in.readLine();
            if (request == null) {
                return;
            }
            client.setSoTimeout(0);
            List<String> parts = Arrays.asList(request.split("\t", -1));
            switch (parts.get(0)) {
                case "ping" -> out.println("pong");
                case "stop" -> {
                    out.println("stopped");
                    stop();
                }
                case "grade" -> grade(parts, out);
                default -> out.println("unknown request");
            }
        } catch (IOException e) {
            // the client went away (Ctrl-C): the round, if any, still wrote its results
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            busy.decrementAndGet();
        }
    }

    private void grade(List<String> parts, PrintStream out) throws InterruptedException {
        String module = parts.get(1);
        List<String> testClasses = List.of(parts.get(2).split(","));
        Style style = new Style(Boolean.parseBoolean(parts.get(3)), Boolean.parseBoolean(parts.get(4)));
        Console console = new Console(out, new BufferedReader(new StringReader("")), style);
        synchronized (oneRoundAtATime) {
            grader.talkTo(console, new MavenGrader(root, console, false));
            int exit;
            try {
                exit = grader.grade(module, testClasses);
            } catch (RuntimeException e) {
                console.println(style.red("The resident grader failed: " + e + " (./lab stop, then grade again)"));
                exit = 1;
            }
            out.println(EXIT + exit);
            out.flush();
            if (!grader.leftRunning().isEmpty() || grader.libraryThreadsLeft() > LIBRARY_THREADS_LIMIT) {
                stop(); // those threads would run on in every later round: the next check starts a clean JVM
            }
        }
    }

    private void stop() {
        stopping = true;
        file.removeIfOurs(root);
        try {
            server.close();
        } catch (IOException e) {
            // closing wakes the accept loop either way
        }
    }
}
