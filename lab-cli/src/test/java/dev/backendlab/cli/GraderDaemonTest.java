package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lab check} through the daemon, each daemon a thread of this JVM instead of a process. */
// Rounds compile and start JUnit: more than the lab's 10 s default per check on a busy machine.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GraderDaemonTest {

    @TempDir
    Path root;

    private final List<Thread> daemons = new ArrayList<>();

    @AfterEach
    void stopDaemons() throws InterruptedException {
        new DaemonClient(root, new TempLab(root).console(""), new FakeGrader(), starter()).stop();
        for (Thread daemon : daemons) {
            daemon.join(10_000);
        }
    }

    /** Starts a daemon on a thread; its "process id" is this JVM's, as it writes in grader.json. */
    private DaemonClient.Starter starter() {
        return lab -> {
            GraderDaemon daemon = new GraderDaemon(lab, GraderDaemon.IDLE);
            Thread thread = new Thread(() -> serve(daemon), "lab-test-daemon");
            daemons.add(thread);
            thread.start();
            return started(thread);
        };
    }

    private static void serve(GraderDaemon daemon) {
        try {
            daemon.serve();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DaemonClient.Started started(Thread thread) {
        return new DaemonClient.Started() {
            @Override
            public long pid() {
                return ProcessHandle.current().pid();
            }

            @Override
            public boolean exitedWithin(Duration wait) throws InterruptedException {
                thread.join(wait.toMillis());
                return !thread.isAlive();
            }

            @Override
            public void destroy() {
                thread.interrupt();
            }
        };
    }

    @Test
    void the_first_check_starts_the_daemon_and_the_next_one_reuses_it() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        FakeGrader maven = new FakeGrader();
        DaemonClient client = new DaemonClient(root, lab.temp.console(""), maven, starter());

        assertThat(client.grade("phase01-core", List.of("MiniRuntimeTest"))).isZero();
        int port = DaemonFile.read(root).orElseThrow().port();
        lab.temp.write(ResidentLab.RUNTIME, ResidentLab.RUNTIME_SOLVED);
        assertThat(client.grade("phase01-core", List.of("MiniRuntimeTest"))).isZero();

        assertThat(daemons).as("started once").hasSize(1);
        assertThat(DaemonFile.read(root).orElseThrow().port()).isEqualTo(port);
        assertThat(maven.runs()).isEmpty();
        assertThat(lab.temp.output()).contains("0/2  not started").contains("2/2  done");
    }

    @Test
    void a_compile_error_comes_back_with_its_exit_code() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        lab.temp.write(ResidentLab.RUNTIME, ResidentLab.RUNTIME_BROKEN);
        DaemonClient client = new DaemonClient(root, lab.temp.console(""), new FakeGrader(), starter());

        assertThat(client.grade("phase01-core", List.of("MiniRuntimeTest"))).isEqualTo(Grader.DID_NOT_COMPILE);
        assertThat(lab.temp.output()).contains("Runtime.java:5: error: ';' expected");
    }

    @Test
    void a_stale_grader_file_is_detected_and_a_new_daemon_replaces_it() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        int deadPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = closed.getLocalPort();
        }
        new DaemonFile(deadPort, "old-token", 1, DaemonFile.currentBuild()).write(root);
        DaemonClient client = new DaemonClient(root, lab.temp.console(""), new FakeGrader(), starter());

        assertThat(client.grade("phase01-core", List.of("MiniRuntimeTest"))).isZero();

        assertThat(daemons).hasSize(1);
        assertThat(DaemonFile.read(root).orElseThrow().port()).isNotEqualTo(deadPort);
    }

    @Test
    void a_daemon_of_an_older_build_is_stopped_and_replaced() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        DaemonClient client = new DaemonClient(root, lab.temp.console(""), new FakeGrader(), starter());
        client.grade("phase01-core", List.of("MiniRuntimeTest"));
        DaemonFile first = DaemonFile.read(root).orElseThrow();
        new DaemonFile(first.port(), first.token(), first.pid(), "an older build").write(root);

        client.grade("phase01-core", List.of("MiniRuntimeTest"));

        daemons.get(0).join(10_000);
        assertThat(daemons.get(0).isAlive()).as("the old daemon stopped").isFalse();
        assertThat(daemons).hasSize(2);
        assertThat(DaemonFile.read(root).orElseThrow().build()).isEqualTo(DaemonFile.currentBuild());
    }

    @Test
    void a_request_without_the_token_is_refused() throws Exception {
        new ResidentLab(root).keepClasspath();
        DaemonClient client = new DaemonClient(root, new TempLab(root).console(""), new FakeGrader(), starter());
        assertThat(client.running()).isEmpty();
        client.grade("phase01-core", List.of("MiniRuntimeTest"));
        DaemonFile daemon = DaemonFile.read(root).orElseThrow();

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), daemon.port())) {
            PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.print("not-the-token\nstop\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("refused");
        }
        assertThat(client.running()).as("still running").isPresent();
    }

    @Test
    void lab_stop_ends_the_daemon_and_removes_its_file() throws Exception {
        new ResidentLab(root).keepClasspath();
        DaemonClient client = new DaemonClient(root, new TempLab(root).console(""), new FakeGrader(), starter());
        client.grade("phase01-core", List.of("MiniRuntimeTest"));

        assertThat(client.stop()).isTrue();

        daemons.get(0).join(10_000);
        assertThat(daemons.get(0).isAlive()).isFalse();
        assertThat(Files.exists(DaemonFile.of(root))).isFalse();
        assertThat(client.stop()).as("nothing left to stop").isFalse();
    }

    @Test
    void an_idle_daemon_exits_by_itself() throws Exception {
        GraderDaemon daemon = new GraderDaemon(root, Duration.ofMillis(100));
        Thread thread = new Thread(() -> serve(daemon), "lab-test-idle-daemon");
        thread.start();

        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(Files.exists(DaemonFile.of(root))).isFalse();
    }
}
