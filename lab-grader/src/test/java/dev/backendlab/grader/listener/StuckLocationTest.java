package dev.backendlab.grader.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.backendlab.grader.listener.fixtures.SpinFixture;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class StuckLocationTest {

    private static final Predicate<StackTraceElement> DEMO_IS_LEARNER_CODE = f -> f.getClassName().startsWith("demo.");

    private static StackTraceElement frame(String className, String method, String file, int line) {
        return new StackTraceElement(className, method, file, line);
    }

    private static Throwable timeoutWithStack(StackTraceElement... stuckThread) {
        Exception stuck = new Exception("the check's thread");
        stuck.setStackTrace(stuckThread);
        return new TimeoutException("check() timed out after 10 seconds").initCause(stuck);
    }

    @Test
    void the_top_learner_frame_of_the_check_thread_is_where_it_was_stuck() {
        Throwable timeout = timeoutWithStack(
                frame("java.util.ArrayDeque", "poll", "ArrayDeque.java", 400),
                frame("demo.MiniRuntime", "run", "MiniRuntime.java", 42),
                frame("demo.MiniRuntimeTest", "runs", "MiniRuntimeTest.java", 10));

        assertThat(StuckLocation.of(timeout, Map.of(), DEMO_IS_LEARNER_CODE))
                .as("the check's thread was in MiniRuntime.run, under a JDK frame")
                .contains("MiniRuntime.run (MiniRuntime.java:42)");
    }

    @Test
    void a_check_that_only_waits_is_stuck_where_another_thread_runs_learner_code() {
        Throwable timeout = timeoutWithStack(frame("java.util.concurrent.FutureTask", "get", "FutureTask.java", 200));
        Thread server = new Thread(() -> { });
        StackTraceElement[] serverStack = {
            frame("sun.nio.ch.Net", "accept", "Net.java", 1),
            frame("demo.BlockingHttpServer$Acceptor", "acceptLoop", "BlockingHttpServer.java", 77)};

        assertThat(StuckLocation.of(timeout, Map.of(server, serverStack), DEMO_IS_LEARNER_CODE))
                .as("the server thread's learner frame, nested class written with a dot")
                .contains("BlockingHttpServer.Acceptor.acceptLoop (BlockingHttpServer.java:77)");
    }

    @Test
    void without_learner_code_on_any_stack_no_place_is_named() {
        Throwable timeout = timeoutWithStack(frame("org.junit.Foo", "bar", "Foo.java", 1));

        assertThat(StuckLocation.of(timeout, Map.of(), DEMO_IS_LEARNER_CODE)).isEmpty();
        assertThat(CheckClassifier.timeoutMessage("x() timed out after 10 seconds", null))
                .isEqualTo("timed out after 10 s: an infinite loop or a blocked read?");
        assertThat(CheckClassifier.timeoutMessage("x() timed out after 10 seconds", "MiniRuntime.run (MiniRuntime.java:42)"))
                .isEqualTo("timed out after 10 s in MiniRuntime.run (MiniRuntime.java:42): an infinite loop or a blocked read?");
    }

    @Test
    void junit_separate_thread_timeouts_carry_the_stack_of_the_stuck_thread() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TestExecutionListener capture = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    failure.set(result.getThrowable().orElse(null));
                    SpinFixture.stop = true;
                }
            }
        };
        SpinFixture.stop = false;
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                        .addTestExecutionListeners(capture).build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .configurationParameter("junit.jupiter.execution.timeout.testable.method.default", "300 ms")
                        .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                        .selectors(selectClass(SpinFixture.class)).build());

        assertThat(failure.get()).as("what JUnit reports for the spinning check").isInstanceOf(TimeoutException.class);
        assertThat(StuckLocation.of(failure.get(), Map.of(),
                        f -> f.getClassName().equals(SpinFixture.class.getName()) && f.getMethodName().equals("spin")))
                .as("the timeout's causes hold the spinning thread's stack, down to SpinFixture.spin (its loop is lines 17-18)")
                .hasValueSatisfying(where -> assertThat(where).matches("SpinFixture\\.spin \\(SpinFixture\\.java:1[78]\\)"));
    }
}
