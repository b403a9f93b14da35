package dev.backendlab.grader.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.grader.results.CheckStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class CheckClassifierTest {

    @Test
    void a_stub_exception_anywhere_in_the_cause_chain_means_not_started() {
        var wrapped = new IllegalStateException("handler failed",
                new NotImplementedYetException("route the request", "Exercise 5: Router"));

        var check = CheckClassifier.classifyFailure("routes", wrapped, false);

        assertThat(check.status()).isEqualTo(CheckStatus.NOT_STARTED);
        assertThat(check.message()).isEqualTo("not implemented yet: route the request, see README \u00a7Exercise 5: Router");
    }

    @Test
    void a_stub_reached_in_another_thread_wins_over_what_the_test_saw() {
        var check = CheckClassifier.classifyFailure("answers", new AssertionError("expected 200 but was 500"), true);

        assertThat(check.status()).isEqualTo(CheckStatus.NOT_STARTED);
    }

    @Test
    void junit_timeouts_read_as_a_hint_about_loops_and_blocked_reads() {
        var check = CheckClassifier.classifyFailure("loops",
                new TimeoutException("loops() timed out after 10 seconds"), false);

        assertThat(check.status()).isEqualTo(CheckStatus.TIMED_OUT);
        assertThat(check.message()).isEqualTo("timed out after 10 s: an infinite loop or a blocked read?");
    }

    @Test
    void assertions_are_failing_and_other_exceptions_are_broken() {
        assertThat(CheckClassifier.classifyFailure("a", new AssertionError("nope"), false).status())
                .isEqualTo(CheckStatus.FAILING);
        assertThat(CheckClassifier.classifyFailure("b", new UncheckedIOException(new IOException("reset")), false))
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.BROKEN);
                    assertThat(c.message()).startsWith("UncheckedIOException: java.io.IOException: reset (at CheckClassifierTest.");
                });
    }
}
