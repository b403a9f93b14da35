package dev.backendlab.phase01.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase01.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 1, title = "Mini runtime", topics = {"What is Node.js", "How Node Works"})
@DisplayName("Exercise 1: a mini runtime, one loop thread and a pool")
class MiniRuntimeTest {

    private final VirtualClock clock = new VirtualClock();
    private final MiniRuntime runtime = new MiniRuntime(clock, 2);
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void main_runs_on_the_calling_thread_and_run_returns_when_nothing_is_scheduled() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        runtime.run(() -> ranOn.set(Thread.currentThread()));

        assertThat(ranOn.get()).as("run(main) runs main on the thread that called run: it becomes the loop thread")
                .isSameAs(caller);
        assertThat(clock.nowMillis()).as("with nothing scheduled the loop ends at once, no time passes").isZero();
    }

    @Test
    void timers_fire_on_the_loop_thread_in_deadline_order_at_their_exact_time() {
        Thread caller = Thread.currentThread();
        runtime.run(() -> {
            runtime.setTimeout(30, () -> log.add("c@" + clock.nowMillis() + onLoop(caller)));
            runtime.setTimeout(10, () -> log.add("a@" + clock.nowMillis() + onLoop(caller)));
            runtime.setTimeout(20, () -> log.add("b@" + clock.nowMillis() + onLoop(caller)));
        });

        assertThat(log).as("timers run earliest deadline first, at their deadline (virtual time), on the loop thread")
                .containsExactly("a@10 loop", "b@20 loop", "c@30 loop");
    }

    @Test
    void timers_with_the_same_deadline_fire_in_the_order_they_were_set() {
        runtime.run(() -> {
            for (String name : List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")) {
                runtime.setTimeout(10, () -> log.add(name));
            }
        });

        assertThat(List.copyOf(log)).as("eight timers set for the same 10 ms deadline run in creation order: "
                + "the PriorityQueue orders by deadline, then by a creation number (a heap alone does not keep ties in order)")
                .containsExactly("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth");
    }

    @Test
    void a_timer_set_inside_a_callback_counts_from_the_time_it_was_set() {
        runtime.run(() -> runtime.setTimeout(10,
                () -> runtime.setTimeout(5, () -> log.add("inner@" + clock.nowMillis()))));

        assertThat(log).as("setTimeout(5) called at 10 ms fires at 15 ms").containsExactly("inner@15");
    }

    @Test
    void a_zero_delay_timer_runs_after_main_has_finished_never_inside_it() {
        runtime.run(() -> {
            runtime.setTimeout(0, () -> log.add("timer"));
            log.add("main ends");
        });

        assertThat(log).as("callbacks never interrupt running code: main finishes before any timer")
                .containsExactly("main ends", "timer");
    }

    @Test
    void blocking_work_runs_on_a_pool_thread_and_its_callback_on_the_loop_thread() {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> workThread = new AtomicReference<>();
        AtomicReference<Thread> callbackThread = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();
        runtime.run(() -> runtime.runBlocking(() -> {
            workThread.set(Thread.currentThread());
            return "file contents";
        }, (value, error) -> {
            callbackThread.set(Thread.currentThread());
            result.set(value + " / error=" + error);
        }));

        assertThat(workThread.get()).as("runBlocking's work runs on a pool thread, never on the loop thread")
                .isNotNull().isNotSameAs(caller);
        assertThat(callbackThread.get()).as("its callback is posted back and runs on the loop thread")
                .isSameAs(caller);
        assertThat(result.get()).as("the callback gets the work's result and a null error")
                .isEqualTo("file contents / error=null");
    }

    @Test
    void an_exception_in_blocking_work_reaches_its_callback_and_the_loop_goes_on() {
        IllegalStateException boom = new IllegalStateException("disk on fire");
        AtomicReference<Throwable> seen = new AtomicReference<>();
        runtime.run(() -> runtime.runBlocking(() -> {
            throw boom;
        }, (value, error) -> {
            seen.set(error);
            runtime.setTimeout(1, () -> log.add("after the error"));
        }));

        assertThat(seen.get()).as("the exception the work threw is the callback's error, unchanged").isSameAs(boom);
        assertThat(log).as("the loop keeps running after reporting the error").containsExactly("after the error");
    }

    @Test
    void run_waits_for_work_in_flight_before_it_returns() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        runtime.run(() -> {
            runtime.runBlocking(() -> release.await(5, TimeUnit.SECONDS), (ok, error) -> log.add("work done " + ok));
            runtime.setTimeout(100, () -> {
                log.add("timer@" + clock.nowMillis());
                release.countDown();
            });
        });

        // A copy taken once: a callback wrongly run on a pool thread may still add to the log while the
        // assertion formats its message, which would then show the same list as expected and actual.
        List<String> seenWhenRunReturned = List.copyOf(log);
        assertThat(seenWhenRunReturned).as("the program ends only when no timer is pending and no work is in flight: "
                + "the work waited for the timer, run returned after the work's callback")
                .containsExactly("timer@100", "work done true");
    }

    @Test
    void the_pool_threads_are_gone_once_run_returns() throws InterruptedException {
        Set<Thread> poolThreads = ConcurrentHashMap.newKeySet();
        runtime.run(() -> {
            for (int i = 0; i < 4; i++) {
                runtime.runBlocking(() -> poolThreads.add(Thread.currentThread()), (added, error) -> { });
            }
        });

        assertThat(poolThreads).as("the pool ran the blocking work").isNotEmpty();
        List<String> stillAlive = new ArrayList<>();
        for (Thread thread : poolThreads) {
            // Bounded: a pool that was shut down lets its idle threads end within milliseconds.
            thread.join(TimeUnit.SECONDS.toMillis(5));
            if (thread.isAlive()) {
                stillAlive.add(thread.getName());
            }
        }
        assertThat(stillAlive).as("pool threads still alive 5 s after run returned: run must shut its pool down "
                + "(in a finally) so a finished program leaves no thread behind (README, Exercise 1, step 5)").isEmpty();
    }

    @Test
    void callbacks_never_run_concurrently_even_when_many_completions_arrive_together() {
        Thread caller = Thread.currentThread();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        List<Integer> completed = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        runtime.run(() -> {
            for (int i = 0; i < 40; i++) {
                int n = i;
                runtime.runBlocking(() -> n, (value, error) -> {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    threads.add(Thread.currentThread());
                    completed.add(value);
                    running.decrementAndGet();
                });
            }
        });

        assertThat(List.copyOf(completed)).as("all 40 completion callbacks ran before run returned").hasSize(40);
        assertThat(maxRunning.get()).as("at most one callback runs at any time").isEqualTo(1);
        assertThat(threads).as("every callback ran on the loop thread").allMatch(t -> t == caller);
    }

    @Test
    void a_blocking_callback_delays_every_timer_behind_it() {
        runtime.run(() -> {
            runtime.setTimeout(10, () -> {
                log.add("slow@" + clock.nowMillis());
                clock.busyWork(100);
            });
            runtime.setTimeout(20, () -> log.add("due at 20, ran@" + clock.nowMillis()));
        });

        assertThat(log).as("a callback that computes for 100 ms blocks the loop: the 20 ms timer can only run "
                + "when it returns, at 110 ms (don't block the event loop)")
                .containsExactly("slow@10", "due at 20, ran@110");
    }

    @Test
    void loop_only_methods_reject_calls_from_a_pool_thread() {
        AtomicReference<Throwable> fromPool = new AtomicReference<>();
        runtime.run(() -> runtime.runBlocking(() -> {
            runtime.setTimeout(1, () -> log.add("should not be scheduled"));
            return "scheduled";
        }, (value, error) -> fromPool.set(error)));

        assertThat(fromPool.get()).as("setTimeout called on a pool thread throws IllegalStateException "
                + "(the loop's state belongs to the loop thread)").isInstanceOf(IllegalStateException.class);
        assertThat(log).isEmpty();
    }

    private String onLoop(Thread loop) {
        return Thread.currentThread() == loop && runtime.inLoopThread() ? " loop" : " NOT the loop thread";
    }
}
