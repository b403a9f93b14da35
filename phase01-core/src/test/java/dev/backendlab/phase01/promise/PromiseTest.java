package dev.backendlab.phase01.promise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 3, title = "Promise", topics = {"Event Loop"})
@DisplayName("Exercise 3: a Promise whose reactions are microtasks")
class PromiseTest {

    private final ManualMicrotasks microtasks = new ManualMicrotasks();
    private final List<String> log = new ArrayList<>();

    /** A promise with its resolve and reject functions kept for the test to call later. */
    private final class Deferred<T> {
        final Promise<T> promise;
        Consumer<Object> resolve;
        Consumer<Throwable> reject;

        Deferred() {
            promise = new Promise<>(microtasks, (res, rej) -> {
                resolve = res;
                reject = rej;
            });
        }
    }

    /** "fulfilled: v", "rejected: reason" or "pending", after the microtasks drained. */
    private String outcomeOf(Promise<?> promise) {
        AtomicReference<String> outcome = new AtomicReference<>("pending");
        promise.then(v -> {
            outcome.set("fulfilled: " + v);
            return null;
        }, e -> {
            outcome.set("rejected: " + e);
            return null;
        });
        microtasks.drain();
        return outcome.get();
    }

    private Throwable reasonOf(Promise<?> promise) {
        AtomicReference<Throwable> reason = new AtomicReference<>();
        promise.catchError(e -> {
            reason.set(e);
            return null;
        });
        microtasks.drain();
        return reason.get();
    }

    @Nested
    @DisplayName("ordering")
    class Ordering {

        @Test
        void the_executor_runs_synchronously_and_then_runs_later_as_a_microtask() {
            Promise<Integer> p = new Promise<>(microtasks, (resolve, reject) -> {
                log.add("executor");
                resolve.accept(1);
            });
            p.then(v -> log.add("then " + v));
            log.add("after then()");

            assertThat(log).as("the executor runs inside the constructor; a then handler never runs inside then()")
                    .containsExactly("executor", "after then()");
            microtasks.drain();
            assertThat(log).containsExactly("executor", "after then()", "then 1");
        }

        @Test
        void then_on_an_already_resolved_promise_still_runs_asynchronously() {
            Promise<String> done = Promise.resolve(microtasks, "ready");
            assertThat(done.state()).isEqualTo(PromiseState.FULFILLED);
            done.then(v -> log.add("then " + v));

            assertThat(log).as("even on a settled promise, the handler is queued as a microtask, not called now")
                    .isEmpty();
            assertThat(microtasks.pending()).as("exactly one microtask queued by then()").isEqualTo(1);
            microtasks.drain();
            assertThat(log).containsExactly("then ready");
        }

        @Test
        void two_chains_interleave_one_step_per_microtask_turn() {
            Promise<String> a = Promise.resolve(microtasks, "a");
            Promise<String> b = Promise.resolve(microtasks, "b");
            a.then(v -> log.add("a1")).then(v -> log.add("a2")).then(v -> log.add("a3"));
            b.then(v -> log.add("b1")).then(v -> log.add("b2"));
            microtasks.drain();

            assertThat(log).as("each then step is its own microtask, queued when the previous one settles")
                    .containsExactly("a1", "b1", "a2", "b2", "a3");
        }

        @Test
        void adopting_a_promise_takes_two_extra_microtask_turns() {
            Promise<Object> outer = new Promise<>(microtasks,
                    (resolve, reject) -> resolve.accept(Promise.resolve(microtasks, "inner")));
            outer.then(v -> log.add("adopted " + v));
            Promise.resolve(microtasks, 0)
                    .then(v -> log.add("t1")).then(v -> log.add("t2")).then(v -> log.add("t3"));
            microtasks.drain();

            assertThat(log).as("resolve(promise) queues a job that calls promise.then(...), whose reaction then "
                    + "resolves the outer promise: two turns before outer's own handlers run")
                    .containsExactly("t1", "t2", "adopted inner", "t3");
        }
    }

    @Nested
    @DisplayName("then, catch, finally")
    class Chaining {

        @Test
        void values_flow_through_a_chain_of_thens() {
            Promise<Integer> result = Promise.<Integer>resolve(microtasks, 20)
                    .<Integer>then(v -> v + 1)
                    .then(v -> v * 2);

            assertThat(outcomeOf(result)).isEqualTo("fulfilled: 42");
        }

        @Test
        void a_throwing_handler_rejects_the_derived_promise_and_skips_thens_until_a_catch() {
            IllegalArgumentException boom = new IllegalArgumentException("bad input");
            Promise<Object> chain = Promise.resolve(microtasks, 1)
                    .then(v -> {
                        throw boom;
                    })
                    .then(v -> log.add("skipped"))
                    .catchError(e -> "recovered from " + e.getMessage());

            assertThat(outcomeOf(chain)).as("catch gets the exception and its return value fulfills the chain")
                    .isEqualTo("fulfilled: recovered from bad input");
            assertThat(log).as("a then without a rejection handler passes the rejection on").isEmpty();
        }

        @Test
        void catch_receives_the_exact_reason() {
            IllegalStateException reason = new IllegalStateException("nope");
            assertThat(reasonOf(Promise.reject(microtasks, reason).then(v -> "never")))
                    .as("the reason reaches catch unchanged, through a then that has no rejection handler")
                    .isSameAs(reason);
        }

        @Test
        void finally_passes_the_value_and_the_reason_through() {
            IllegalStateException reason = new IllegalStateException("failed");
            Promise<String> ok = Promise.<String>resolve(microtasks, "value").finallyDo(() -> log.add("finally 1"));
            Promise<String> ko = Promise.<String>reject(microtasks, reason).finallyDo(() -> log.add("finally 2"));

            assertThat(outcomeOf(ok)).as("finally does not change a fulfilled value").isEqualTo("fulfilled: value");
            assertThat(reasonOf(ko)).as("finally does not swallow a rejection").isSameAs(reason);
            assertThat(log).as("the finally callback ran once for each").containsExactly("finally 1", "finally 2");
        }

        @Test
        void a_throwing_finally_replaces_the_outcome() {
            UnsupportedOperationException cleanupFailed = new UnsupportedOperationException("cleanup failed");
            Promise<String> p = Promise.<String>resolve(microtasks, "value").finallyDo(() -> {
                throw cleanupFailed;
            });

            assertThat(reasonOf(p)).isSameAs(cleanupFailed);
        }

        @Test
        void a_promise_settles_only_once() {
            IllegalStateException late = new IllegalStateException("too late");
            Deferred<Integer> d = new Deferred<>();
            d.resolve.accept(1);
            d.resolve.accept(2);
            d.reject.accept(late);

            assertThat(d.promise.state()).isEqualTo(PromiseState.FULFILLED);
            assertThat(outcomeOf(d.promise)).as("the first resolve wins; later resolve/reject calls are ignored")
                    .isEqualTo("fulfilled: 1");
        }

        @Test
        void an_exception_thrown_by_the_executor_rejects_the_promise() {
            IllegalStateException thrown = new IllegalStateException("executor failed");
            Promise<Object> p = new Promise<>(microtasks, (resolve, reject) -> {
                throw thrown;
            });

            assertThat(p.state()).isEqualTo(PromiseState.REJECTED);
            assertThat(reasonOf(p)).isSameAs(thrown);
        }
    }

    @Nested
    @DisplayName("resolution")
    class Resolution {

        @Test
        void resolving_with_a_thenable_adopts_its_value_or_its_rejection() {
            Thenable<String> fulfils = (onFulfilled, onRejected) -> onFulfilled.accept("from a thenable");
            IllegalStateException why = new IllegalStateException("thenable rejected");
            Thenable<String> rejects = (onFulfilled, onRejected) -> onRejected.accept(why);

            assertThat(outcomeOf(Promise.resolve(microtasks, fulfils))).isEqualTo("fulfilled: from a thenable");
            assertThat(reasonOf(Promise.resolve(microtasks, rejects))).isSameAs(why);
        }

        @Test
        void a_thenable_is_called_in_a_microtask_and_only_its_first_call_counts() {
            AtomicInteger thenCalls = new AtomicInteger();
            Thenable<String> sloppy = (onFulfilled, onRejected) -> {
                thenCalls.incrementAndGet();
                onFulfilled.accept("first");
                onFulfilled.accept("second");
                onRejected.accept(new IllegalStateException("third"));
            };
            Promise<String> p = Promise.resolve(microtasks, sloppy);

            assertThat(thenCalls.get()).as("the thenable's then is called from a microtask, not synchronously").isZero();
            assertThat(outcomeOf(p)).isEqualTo("fulfilled: first");
            assertThat(thenCalls.get()).isEqualTo(1);
        }

        @Test
        void resolve_of_a_promise_returns_that_same_promise() {
            Promise<String> p = Promise.resolve(microtasks, "x");
            assertThat(Promise.<String>resolve(microtasks, p)).isSameAs(p);
        }

        @Test
        void a_promise_resolved_with_itself_rejects_with_a_TypeError() {
            Deferred<Object> d = new Deferred<>();
            d.resolve.accept(d.promise);

            assertThat(reasonOf(d.promise)).as("resolving a promise with itself is a cycle: TypeError")
                    .isInstanceOf(TypeError.class);
        }
    }

    @Nested
    @DisplayName("combinators")
    class Combinators {

        @Test
        void all_fulfills_with_values_in_input_order_whatever_order_they_settle_in() {
            Deferred<String> first = new Deferred<>();
            Deferred<String> second = new Deferred<>();
            Deferred<String> third = new Deferred<>();
            Promise<List<String>> all = Promise.all(microtasks, List.of(first.promise, second.promise, third.promise));
            third.resolve.accept("c");
            first.resolve.accept("a");
            assertThat(outcomeOf(all)).as("all waits for every input").isEqualTo("pending");
            second.resolve.accept("b");

            assertThat(outcomeOf(all)).isEqualTo("fulfilled: [a, b, c]");
        }

        @Test
        void all_rejects_with_the_first_rejection_and_an_empty_all_fulfills_with_an_empty_list() {
            IllegalStateException first = new IllegalStateException("first");
            Deferred<String> a = new Deferred<>();
            Deferred<String> b = new Deferred<>();
            Promise<List<String>> all = Promise.all(microtasks, List.of(a.promise, b.promise));
            b.reject.accept(first);
            a.reject.accept(new IllegalStateException("second"));

            assertThat(reasonOf(all)).isSameAs(first);
            assertThat(outcomeOf(Promise.all(microtasks, List.<Promise<String>>of()))).isEqualTo("fulfilled: []");
        }

        @Test
        void allSettled_reports_every_outcome_in_input_order() {
            IllegalStateException reason = new IllegalStateException("no");
            Promise<List<Settled<String>>> settled = Promise.allSettled(microtasks,
                    List.of(Promise.resolve(microtasks, "yes"), Promise.reject(microtasks, reason)));
            AtomicReference<List<Settled<String>>> value = new AtomicReference<>();
            settled.then(value::getAndSet);
            microtasks.drain();

            assertThat(value.get()).as("allSettled never rejects: one Settled per input")
                    .containsExactly(Settled.fulfilled("yes"), Settled.rejected(reason));
        }

        @Test
        void race_settles_like_the_first_input_to_settle() {
            IllegalStateException fast = new IllegalStateException("fast failure");
            Deferred<String> slow = new Deferred<>();
            Deferred<String> quick = new Deferred<>();
            Promise<String> race = Promise.race(microtasks, List.of(slow.promise, quick.promise));
            quick.reject.accept(fast);
            microtasks.drain();
            slow.resolve.accept("too late");

            assertThat(reasonOf(race)).as("the first to settle wins, even a rejection").isSameAs(fast);
        }

        @Test
        void any_fulfills_with_the_first_fulfilment_ignoring_rejections() {
            Deferred<String> a = new Deferred<>();
            Deferred<String> b = new Deferred<>();
            Promise<String> any = Promise.any(microtasks, List.of(a.promise, b.promise));
            a.reject.accept(new IllegalStateException("a failed"));
            microtasks.drain();
            b.resolve.accept("b worked");

            assertThat(outcomeOf(any)).isEqualTo("fulfilled: b worked");
        }

        @Test
        void any_rejects_with_an_AggregateError_holding_every_reason_in_input_order() {
            IllegalStateException first = new IllegalStateException("first");
            IllegalStateException second = new IllegalStateException("second");
            Deferred<String> a = new Deferred<>();
            Deferred<String> b = new Deferred<>();
            Promise<String> any = Promise.any(microtasks, List.of(a.promise, b.promise));
            b.reject.accept(second);
            a.reject.accept(first);

            Throwable reason = reasonOf(any);
            assertThat(reason).as("when every input rejects, any rejects with an AggregateError")
                    .isInstanceOf(AggregateError.class);
            assertThat(((AggregateError) reason).errors()).as("its errors are in input order, not settle order")
                    .containsExactly(first, second);
        }
    }
}
