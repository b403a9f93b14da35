package dev.backendlab.phase01.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase01.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 8, title = "Error handling", topics = {"Error Handling"})
@DisplayName("Exercise 8: uncaught exceptions, unhandled rejections, a central error handler")
class ErrorHandlingTest {

    private final VirtualClock clock = new VirtualClock();
    private final List<String> stderr = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final NodeProcess process = new NodeProcess(clock, stderr::add);

    @Nested
    @DisplayName("uncaughtException")
    class Uncaught {

        @Test
        void a_run_without_errors_exits_with_0_and_reports_nothing() {
            int code = process.run(() -> {
                process.setTimeout(() -> log.add("b@" + clock.nowMillis()), 20);
                process.setTimeout(() -> log.add("a@" + clock.nowMillis()), 10);
                process.queueMicrotask(() -> log.add("microtask"));
            });

            assertThat(code).isZero();
            assertThat(log).containsExactly("microtask", "a@10", "b@20");
            assertThat(stderr).isEmpty();
        }

        @Test
        void an_exception_with_no_handler_is_reported_and_ends_the_run_with_exit_code_1() {
            int code = process.run(() -> {
                process.setTimeout(() -> {
                    throw new IllegalStateException("boom");
                }, 10);
                process.setTimeout(() -> log.add("never runs"), 20);
            });

            assertThat(code).as("an uncaught exception ends the process with exit code 1").isEqualTo(1);
            assertThat(stderr).as("the error is reported").containsExactly("Uncaught IllegalStateException: boom");
            assertThat(log).as("nothing runs after the crash").isEmpty();
        }

        @Test
        void an_exception_in_main_or_in_a_microtask_is_uncaught_too() {
            NodeProcess second = new NodeProcess(clock, stderr::add);
            int fromMain = process.run(() -> {
                throw new UnsupportedOperationException("in main");
            });
            int fromMicrotask = second.run(() -> second.queueMicrotask(() -> {
                throw new ArithmeticException("in a microtask");
            }));

            assertThat(List.of(fromMain, fromMicrotask)).containsExactly(1, 1);
            assertThat(stderr).containsExactly("Uncaught UnsupportedOperationException: in main",
                    "Uncaught ArithmeticException: in a microtask");
        }

        @Test
        void with_an_uncaughtException_handler_the_loop_goes_on() {
            IllegalStateException boom = new IllegalStateException("boom");
            List<Throwable> caught = new ArrayList<>();
            int code = process.run(() -> {
                process.onUncaughtException(caught::add);
                process.setTimeout(() -> {
                    throw boom;
                }, 10);
                process.setTimeout(() -> log.add("still running@" + clock.nowMillis()), 20);
            });

            assertThat(caught).as("the handler gets the exact exception").containsExactly(boom);
            assertThat(log).containsExactly("still running@20");
            assertThat(code).isZero();
            assertThat(stderr).as("a handled exception is not reported").isEmpty();
        }

        @Test
        void a_handler_that_throws_ends_the_run_with_exit_code_7() {
            int code = process.run(() -> {
                process.onUncaughtException(e -> {
                    throw new IllegalStateException("handler failed");
                });
                process.setTimeout(() -> {
                    throw new IllegalArgumentException("first");
                }, 1);
            });

            assertThat(code).as("Node's exit code 7: the exception handler itself threw").isEqualTo(7);
            assertThat(stderr).containsExactly("Uncaught IllegalStateException: handler failed");
        }
    }

    @Nested
    @DisplayName("unhandledRejection")
    class Rejections {

        @Test
        void a_rejection_without_a_handler_after_the_microtasks_drain_triggers_unhandledRejection() {
            IllegalStateException reason = new IllegalStateException("db down");
            List<String> events = new ArrayList<>();
            int code = process.run(() -> {
                process.onUnhandledRejection(r -> events.add("unhandledRejection " + (r == reason)));
                process.reject(reason);
                process.queueMicrotask(() -> events.add("microtask"));
            });

            assertThat(events).as("checked once the microtask queue is empty, reason passed unchanged")
                    .containsExactly("microtask", "unhandledRejection true");
            assertThat(code).isZero();
        }

        @Test
        void a_handler_attached_in_a_microtask_is_in_time() {
            IllegalStateException reason = new IllegalStateException("db down");
            List<String> events = new ArrayList<>();
            process.run(() -> {
                process.onUnhandledRejection(r -> events.add("unhandledRejection"));
                Rejection rejection = process.reject(reason);
                process.queueMicrotask(() -> rejection.catchError(r -> events.add("caught " + r.getMessage())));
            });

            assertThat(events).as("a catch attached before the microtasks drain handles it").containsExactly("caught db down");
        }

        @Test
        void a_handler_attached_in_a_later_timer_is_too_late() {
            List<String> events = new ArrayList<>();
            process.run(() -> {
                process.onUnhandledRejection(r -> events.add("unhandledRejection " + r.getMessage()));
                Rejection rejection = process.reject(new IllegalStateException("late"));
                process.setTimeout(() -> rejection.catchError(r -> events.add("caught " + r.getMessage())), 1);
            });

            assertThat(events).as("by the next macrotask the rejection was already reported unhandled")
                    .containsExactly("unhandledRejection late", "caught late");
        }

        @Test
        void an_unhandled_rejection_with_no_handler_crashes_like_an_uncaught_exception() {
            int code = process.run(() -> {
                process.reject(new IllegalStateException("nobody listens"));
                process.setTimeout(() -> log.add("never runs"), 5);
            });

            assertThat(code).as("Node 15+: an unhandled rejection is thrown as an uncaught exception").isEqualTo(1);
            assertThat(stderr).containsExactly("Uncaught IllegalStateException: nobody listens");
            assertThat(log).isEmpty();
        }
    }

    @Nested
    @DisplayName("central error handler")
    class Central {

        private final AtomicInteger shutdowns = new AtomicInteger();
        private final CentralErrorHandler handler = new CentralErrorHandler(log::add, shutdowns::incrementAndGet);

        @Test
        void an_operational_error_is_answered_with_its_status_and_the_program_goes_on() {
            Response response = handler.handle(AppError.notFound("no user 42"));

            assertThat(response).isEqualTo(new Response(404, "{\"error\":\"NOT_FOUND\",\"message\":\"no user 42\"}"));
            assertThat(log).containsExactly("warn NOT_FOUND: no user 42");
            assertThat(shutdowns.get()).as("an expected failure does not stop the program").isZero();
        }

        @Test
        void a_programmer_error_is_a_generic_500_and_requests_shutdown_once() {
            NullPointerException bug = new NullPointerException("user.address is null");
            Response first = handler.handle(bug);
            Response second = handler.handle(new IllegalStateException("another bug"));

            assertThat(first).as("never leak the exception's message to the client")
                    .isEqualTo(new Response(500, "{\"error\":\"INTERNAL\",\"message\":\"Internal Server Error\"}"));
            assertThat(second.status()).isEqualTo(500);
            assertThat(log).containsExactly("fatal java.lang.NullPointerException: user.address is null",
                    "fatal java.lang.IllegalStateException: another bug");
            assertThat(shutdowns.get()).as("a bug means the process state is suspect: shut down, once").isEqualTo(1);
        }

        @Test
        void an_AppError_marked_non_operational_is_a_programmer_error() {
            Response response = handler.handle(new AppError(409, "INVARIANT", "balance below zero", false));

            assertThat(response.status()).isEqualTo(500);
            assertThat(shutdowns.get()).isEqualTo(1);
        }

        @Test
        void guard_passes_answers_through_and_sends_thrown_errors_to_the_handler_like_express_middleware() {
            Function<String, Response> route = handler.guard(id -> {
                if (id.equals("42")) {
                    return new Response(200, "{\"id\":42}");
                }
                if (id.isBlank()) {
                    throw AppError.badRequest("id is required");
                }
                throw AppError.notFound("no user " + id);
            });

            assertThat(List.of(route.apply("42"), route.apply(""), route.apply("7"))).containsExactly(
                    new Response(200, "{\"id\":42}"),
                    new Response(400, "{\"error\":\"BAD_REQUEST\",\"message\":\"id is required\"}"),
                    new Response(404, "{\"error\":\"NOT_FOUND\",\"message\":\"no user 7\"}"));
            assertThat(shutdowns.get()).isZero();
        }
    }
}
