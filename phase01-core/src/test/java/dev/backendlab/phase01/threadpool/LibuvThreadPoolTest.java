package dev.backendlab.phase01.threadpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.backendlab.grader.Exercise;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 4, title = "Thread pool", topics = {"Libuv Thread Pool"})
@DisplayName("Exercise 4: a libuv-style thread pool")
class LibuvThreadPoolTest {

    /** The loop: one thread that runs completions (and, in one test, timers). */
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-loop");
        t.setDaemon(true);
        return t;
    });
    private LibuvThreadPool pool;

    @AfterEach
    void stop() {
        loop.shutdownNow();
        if (pool != null) {
            pool.close();
        }
    }

    @ParameterizedTest(name = "env={0}, property={1} -> {2} ({3})")
    @CsvSource(nullValues = "unset", value = {
        "unset, unset, 4, the default",
        "8, unset, 8, from the environment",
        "0, unset, 1, at least 1 thread",
        "5000, unset, 1024, at most 1024 threads",
        "lots, unset, 4, not a number: the default",
        "2, 6, 6, the system property wins over the environment",
    })
    void the_size_comes_from_UV_THREADPOOL_SIZE(String env, String property, int expected, String why) {
        Map<String, String> environment = new HashMap<>();
        Properties properties = new Properties();
        if (env != null) {
            environment.put("UV_THREADPOOL_SIZE", env);
        }
        if (property != null) {
            properties.setProperty("UV_THREADPOOL_SIZE", property);
        }
        assertThat(LibuvThreadPool.configuredSize(environment, properties)).as(why).isEqualTo(expected);
    }

    @Test
    void the_observed_maximum_concurrency_equals_the_size() throws InterruptedException {
        int size = 3;
        pool = new LibuvThreadPool(size, loop);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        Set<String> workerNames = ConcurrentHashMap.newKeySet();
        CountDownLatch fullyBusy = new CountDownLatch(size);
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(9);
        for (int i = 0; i < 9; i++) {
            pool.submit(() -> {
                workerNames.add(Thread.currentThread().getName());
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                fullyBusy.countDown();
                boolean opened = gate.await(5, TimeUnit.SECONDS);
                running.decrementAndGet();
                return opened;
            }, (error, result) -> done.countDown());
        }

        assertThat(fullyBusy.await(5, TimeUnit.SECONDS)).as("3 pieces of work should run at once on a pool of 3").isTrue();
        gate.countDown();
        assertThat(done.await(5, TimeUnit.SECONDS)).as("all 9 completions should reach the loop").isTrue();
        assertThat(maxRunning.get()).as("never more work at once than the pool's size").isEqualTo(size);
        assertThat(workerNames).as("the work ran on exactly 3 worker threads").hasSize(size);
    }

    @Test
    void queued_work_starts_in_submission_order() throws InterruptedException {
        pool = new LibuvThreadPool(1, loop);
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        List<Integer> completed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(8);
        for (int i = 0; i < 8; i++) {
            int n = i;
            pool.submit(() -> started.add(n) ? n : -1, (error, result) -> {
                completed.add(result);
                done.countDown();
            });
        }

        assertThat(done.await(5, TimeUnit.SECONDS)).as("all 8 completions should reach the loop").isTrue();
        assertThat(started).as("the work queue is FIFO").containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(completed).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void the_completion_runs_on_the_loop_with_the_result_and_a_null_error() throws Exception {
        Thread loopThread = loop.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
        pool = new LibuvThreadPool(2, loop);
        AtomicReference<String> outcome = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        pool.submit(() -> "hash of " + (Thread.currentThread() == loopThread ? "the loop" : "a worker"), (error, result) -> {
            outcome.set(result + ", error=" + error + ", on " + (Thread.currentThread() == loopThread ? "the loop" : "a worker"));
            done.countDown();
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).as("the completion should be posted to the loop executor").isTrue();
        assertThat(outcome.get()).as("work on a worker, its completion handed to the loop executor")
                .isEqualTo("hash of a worker, error=null, on the loop");
    }

    @Test
    void a_size_outside_1_to_1024_is_rejected_by_the_constructor() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .as("new LibuvThreadPool(0, loop): libuv's pool has 1 to 1024 threads, so 0 is refused with IllegalArgumentException")
                .isThrownBy(() -> new LibuvThreadPool(0, loop));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .as("new LibuvThreadPool(1025, loop): libuv's pool has 1 to 1024 threads, so 1025 is refused with IllegalArgumentException")
                .isThrownBy(() -> new LibuvThreadPool(1025, loop));
        pool = new LibuvThreadPool(8, loop);
        assertThat(pool.size()).as("size() of new LibuvThreadPool(8, loop)").isEqualTo(8);
    }

    @Test
    void an_exception_in_work_reaches_the_completion_and_never_kills_the_worker() throws InterruptedException {
        pool = new LibuvThreadPool(1, loop);
        IllegalStateException failure = new IllegalStateException("bad password hash");
        StackOverflowError crash = new StackOverflowError("simulated");
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        Set<String> workers = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(3);
        pool.submit(() -> {
            workers.add(Thread.currentThread().getName());
            throw failure;
        }, (error, result) -> {
            outcomes.add((error == failure ? "the exception" : String.valueOf(error)) + " / " + result);
            done.countDown();
        });
        pool.submit(() -> {
            workers.add(Thread.currentThread().getName());
            throw crash;
        }, (error, result) -> {
            outcomes.add((error == crash ? "the error" : String.valueOf(error)) + " / " + result);
            done.countDown();
        });
        pool.submit(() -> {
            workers.add(Thread.currentThread().getName());
            return "still working";
        }, (error, result) -> {
            outcomes.add(error + " / " + result);
            done.countDown();
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).as("every submission must get its completion, even failed ones")
                .isTrue();
        assertThat(outcomes).as("what work throws (even an Error) is the completion's error, the result null")
                .containsExactly("the exception / null", "the error / null", "null / still working");
        assertThat(workers).as("the one worker survived both failures and ran the third piece of work").hasSize(1);
    }

    @Test
    void the_loop_keeps_running_timers_while_the_pool_is_saturated_with_cpu_work() throws InterruptedException {
        pool = new LibuvThreadPool(2, loop);
        AtomicInteger busy = new AtomicInteger();
        AtomicBoolean release = new AtomicBoolean();
        AtomicInteger ticks = new AtomicInteger();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(4);
        loop.execute(() -> {
            for (int i = 0; i < 4; i++) {
                int n = i;
                pool.submit(() -> {
                    busy.incrementAndGet();
                    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (!release.get() && System.nanoTime() < giveUp) {
                        Thread.onSpinWait();
                    }
                    busy.decrementAndGet();
                    return n;
                }, (error, result) -> {
                    events.add("work " + result + " done");
                    done.countDown();
                });
            }
            events.add("4 submitted, submit returned at once");
        });
        loop.scheduleAtFixedRate(() -> {
            if (busy.get() == 2 && ticks.get() < 5) {
                events.add("timer with both workers busy");
                if (ticks.incrementAndGet() == 5) {
                    release.set(true);
                }
            }
        }, 1, 1, TimeUnit.MILLISECONDS);

        assertThat(done.await(8, TimeUnit.SECONDS)).as("the work should finish once the 5th timer releases it").isTrue();
        assertThat(events.subList(0, 6)).as("submit must not block the loop, and the work must not run on it: "
                + "the loop ran 5 timers while both workers were computing")
                .containsExactly("4 submitted, submit returned at once", "timer with both workers busy",
                        "timer with both workers busy", "timer with both workers busy",
                        "timer with both workers busy", "timer with both workers busy");
        assertThat(events.subList(6, 10)).containsExactlyInAnyOrder("work 0 done", "work 1 done", "work 2 done", "work 3 done");
    }

    @Test
    void after_close_submit_is_rejected_and_the_workers_end() throws InterruptedException {
        pool = new LibuvThreadPool(1, loop);
        AtomicReference<Thread> worker = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        pool.submit(() -> {
            worker.set(Thread.currentThread());
            return null;
        }, (error, result) -> done.countDown());
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        pool.close();

        assertThatExceptionOfType(RejectedExecutionException.class)
                .as("a closed pool takes no more work").isThrownBy(() -> pool.submit(() -> 1, (error, result) -> { }));
        worker.get().join(5_000);
        assertThat(worker.get().isAlive()).as("close() stops the worker threads").isFalse();
    }
}
