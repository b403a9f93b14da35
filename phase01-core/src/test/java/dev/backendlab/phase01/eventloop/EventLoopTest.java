package dev.backendlab.phase01.eventloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase01.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 2, title = "Event loop", topics = {"Event Loop", "How Node Works"})
@DisplayName("Exercise 2: the event loop and its phases")
class EventLoopTest {

    private final VirtualClock clock = new VirtualClock();
    private final EventLoop loop = new EventLoop(clock);
    private final List<String> log = new ArrayList<>();

    private Runnable say(String what) {
        return () -> log.add(what);
    }

    private Runnable sayWithTime(String what) {
        return () -> log.add(what + "@" + clock.nowMillis());
    }

    @Nested
    @DisplayName("nextTick and microtasks")
    class Microtasks {

        @Test
        void nextTick_runs_before_a_promise_microtask_queued_earlier() {
            loop.run(() -> {
                loop.queueMicrotask(say("microtask"));
                loop.nextTick(say("nextTick"));
                log.add("main");
            });

            assertThat(log).as("main finishes first; then the whole nextTick queue drains before the microtask queue, "
                    + "whatever order they were queued in").containsExactly("main", "nextTick", "microtask");
        }

        @Test
        void a_nextTick_queued_by_a_nextTick_still_runs_before_the_promise_queue() {
            loop.run(() -> {
                loop.queueMicrotask(say("microtask"));
                loop.nextTick(() -> {
                    log.add("tick 1");
                    loop.nextTick(say("tick 2"));
                });
            });

            assertThat(log).as("the nextTick queue is drained until empty, including ticks added while draining, "
                    + "before any microtask").containsExactly("tick 1", "tick 2", "microtask");
        }

        @Test
        void a_nextTick_queued_by_a_microtask_waits_until_the_microtask_queue_is_empty() {
            loop.run(() -> loop.queueMicrotask(() -> {
                log.add("microtask 1");
                loop.nextTick(say("tick"));
                loop.queueMicrotask(say("microtask 2"));
            }));

            assertThat(log).as("once the microtask queue runs it drains completely (microtask 2 too), "
                    + "then the nextTick queue is checked again").containsExactly("microtask 1", "microtask 2", "tick");
        }

        @Test
        void both_queues_drain_after_every_single_timer_callback() {
            loop.run(() -> {
                loop.setTimeout(() -> {
                    log.add("timeout 1");
                    loop.queueMicrotask(say("microtask 1"));
                    loop.nextTick(say("tick 1"));
                }, 5);
                loop.setTimeout(() -> {
                    log.add("timeout 2");
                    loop.queueMicrotask(say("microtask 2"));
                }, 5);
            });

            assertThat(log).as("two timers due together: the queues drain between them, not after the whole phase "
                    + "(Node 11 and later)").containsExactly("timeout 1", "tick 1", "microtask 1", "timeout 2", "microtask 2");
        }
    }

    @Nested
    @DisplayName("timers")
    class Timers {

        @Test
        void timers_fire_in_order_of_expiry_then_of_creation() {
            loop.run(() -> {
                loop.setTimeout(sayWithTime("a"), 30);
                loop.setTimeout(sayWithTime("b"), 10);
                loop.setTimeout(sayWithTime("c"), 20);
                loop.setTimeout(sayWithTime("d"), 10);
            });

            assertThat(log).as("earliest deadline first; equal deadlines in creation order (b before d)")
                    .containsExactly("b@10", "d@10", "c@20", "a@30");
        }

        @Test
        void setTimeout_zero_is_clamped_to_one_millisecond() {
            loop.run(() -> {
                loop.setTimeout(sayWithTime("one"), 1);
                loop.setTimeout(sayWithTime("zero"), 0);
                loop.setTimeout(sayWithTime("negative"), -5);
            });

            assertThat(log).as("delays below 1 ms become 1 ms, so setTimeout(0) created after setTimeout(1) runs after it")
                    .containsExactly("one@1", "zero@1", "negative@1");
        }

        @Test
        void clearTimeout_cancels_a_pending_timer() {
            loop.run(() -> {
                Timer cancelled = loop.setTimeout(say("cancelled"), 10);
                loop.setTimeout(say("kept"), 20);
                loop.setTimeout(() -> loop.clearTimeout(cancelled), 5);
            });

            assertThat(log).as("a cleared timer never runs").containsExactly("kept");
            assertThat(clock.nowMillis()).as("the loop ended with the last timer").isEqualTo(20);
        }

        @Test
        void setInterval_repeats_until_cleared() {
            loop.run(() -> {
                Timer interval = loop.setInterval(sayWithTime("tick"), 10);
                loop.setTimeout(() -> loop.clearInterval(interval), 35);
            });

            assertThat(log).as("an interval fires every 10 ms until clearInterval at 35 ms")
                    .containsExactly("tick@10", "tick@20", "tick@30");
            assertThat(clock.nowMillis()).isEqualTo(35);
        }

        @Test
        void setInterval_cleared_from_inside_its_own_callback_stops_and_lets_the_loop_end() {
            AtomicReference<Timer> self = new AtomicReference<>();
            loop.run(() -> self.set(loop.setInterval(() -> {
                log.add("run@" + clock.nowMillis());
                if (log.size() == 3) {
                    loop.clearInterval(self.get());
                }
            }, 10)));

            assertThat(log).as("clearInterval inside the third run: no fourth run, and run() returns")
                    .containsExactly("run@10", "run@20", "run@30");
            assertThat(clock.nowMillis()).isEqualTo(30);
        }

        @Test
        void an_unrefd_timer_does_not_keep_the_loop_alive_but_fires_while_it_is_alive() {
            AtomicReference<Boolean> hasRef = new AtomicReference<>();
            loop.run(() -> {
                Timer late = loop.setTimeout(say("unref'd, due at 1000"), 1000).unref();
                hasRef.set(late.hasRef());
                loop.setTimeout(sayWithTime("unref'd, due at 5"), 5).unref();
                loop.setTimeout(sayWithTime("ref'd"), 10);
            });

            assertThat(hasRef.get()).as("unref() returns the timer and hasRef() turns false").isFalse();
            assertThat(log).as("the 5 ms unref'd timer fires (the 10 ms one keeps the loop alive); "
                    + "the 1000 ms one does not keep the loop alive, so it never fires")
                    .containsExactly("unref'd, due at 5@5", "ref'd@10");
            assertThat(clock.nowMillis()).as("the loop ended at 10 ms, not 1000").isEqualTo(10);
        }

        @Test
        void ref_makes_an_unrefd_timer_keep_the_loop_alive_again() {
            loop.run(() -> loop.setTimeout(sayWithTime("fired"), 50).unref().ref());

            assertThat(log).as("unref().ref() leaves the timer referenced").containsExactly("fired@50");
        }
    }

    @Nested
    @DisplayName("phases")
    class Phases {

        @Test
        void inside_an_io_callback_setImmediate_runs_before_setTimeout_zero() {
            loop.run(() -> loop.startIo().complete(() -> {
                loop.setTimeout(say("timeout"), 0);
                loop.setImmediate(say("immediate"));
            }));

            assertThat(log).as("an I/O callback runs in the poll phase; the check phase (setImmediate) comes right "
                    + "after it, the timers phase only in the next iteration").containsExactly("immediate", "timeout");
        }

        @Test
        void one_iteration_runs_timers_pending_poll_check_close_in_that_order() {
            loop.run(() -> {
                loop.queueCloseCallback(say("close"));
                loop.setImmediate(say("check"));
                loop.startIo().complete(say("poll"));
                loop.queuePendingCallback(say("pending"));
                loop.setTimeout(say("timers"), 1);
                clock.busyWork(5);
            });

            assertThat(log).as("main took 5 ms, so the 1 ms timer is due when the first iteration starts; "
                    + "the phases run timers, pending callbacks, poll, check, close")
                    .containsExactly("timers", "pending", "poll", "check", "close");
        }

        @Test
        void an_immediate_queued_during_the_check_phase_runs_in_the_next_iteration() {
            loop.run(() -> loop.setImmediate(() -> {
                log.add("immediate 1");
                loop.setImmediate(say("immediate 2"));
                loop.startIo().complete(say("io"));
            }));

            assertThat(log).as("the check phase runs only the immediates queued before it began; immediate 2 waits "
                    + "for the next iteration, after that iteration's poll phase").containsExactly("immediate 1", "io", "immediate 2");
        }

        @Test
        void clearImmediate_cancels_an_immediate_that_has_not_run() {
            loop.run(() -> {
                loop.setImmediate(say("first"));
                Immediate second = loop.setImmediate(say("second"));
                loop.setImmediate(say("third"));
                loop.clearImmediate(second);
            });

            assertThat(log).containsExactly("first", "third");
        }

        @Test
        void pending_io_from_another_thread_keeps_the_loop_alive_and_its_callback_runs_on_the_loop_thread() {
            Thread loopThread = Thread.currentThread();
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            loop.run(() -> {
                PendingIo read = loop.startIo();
                new Thread(() -> read.complete(() -> {
                    ranOn.set(Thread.currentThread());
                    loop.nextTick(say("tick after io"));
                    log.add("io done");
                }), "fake-disk").start();
            });

            assertThat(log).as("run() waited in the poll phase for the I/O completed on another thread")
                    .containsExactly("io done", "tick after io");
            assertThat(ranOn.get()).as("the I/O callback runs on the loop thread, not the thread that completed it")
                    .isSameAs(loopThread);
        }
    }
}
