package dev.backendlab.phase06.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.phase06.support.ServerStats;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 5, title = "Rate limiting in Redis", topics = {"Rate Limiting"})
class RateLimitingTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private static RedisClient client;
    private static RedisCommands<String, String> redis;

    String prefix;

    @BeforeAll
    static void connect() {
        client = TestClients.client();
        redis = client.connect().sync();
    }

    @AfterAll
    static void disconnect() {
        TestClients.shutdown(client);
    }

    @BeforeEach
    void newPrefix() {
        prefix = TestRedis.get().newKeyPrefix("ratelimit");
    }

    /** 8 threads x 100 requests for one client, released together; every decision, in no particular order. */
    static List<RateLimitDecision> hammer(RateLimiter limiter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<RateLimitDecision>>> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                threads.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    List<RateLimitDecision> mine = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        mine.add(limiter.tryAcquire("alice"));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<RateLimitDecision> all = new ArrayList<>();
            for (Future<List<RateLimitDecision>> thread : threads) {
                all.addAll(thread.get(8, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertExactlyFiftyAllowed(List<RateLimitDecision> decisions) {
        List<RateLimitDecision> allowed = decisions.stream().filter(RateLimitDecision::allowed).toList();
        assertThat(allowed).as("allowed requests of 8 threads x 100 against a limit of 50: exact, never 51 "
                + "(a read-then-write from the client lets two threads pass on the same count)").hasSize(50);
        assertThat(allowed.stream().map(RateLimitDecision::remaining).sorted().toList())
                .as("the 'remaining' of the 50 allowed requests: each count handed out once, 49 down to 0")
                .isEqualTo(LongStream.range(0, 50).boxed().toList());
        assertThat(decisions.stream().filter(d -> !d.allowed()).map(RateLimitDecision::remaining).distinct().toList())
                .as("'remaining' of the 750 denied requests").containsExactly(0L);
    }

    static long scriptCalls(ServerStats before, ServerStats after) {
        return before.callsUntil(after, "eval") + before.callsUntil(after, "evalsha");
    }

    @Nested
    class FixedWindow {

        private FixedWindowLimiter limiter(long limit, Duration window) {
            return new FixedWindowLimiter(redis, prefix, limit, window);
        }

        @Test
        void the_first_request_reports_limit_remaining_and_reset() {
            RateLimitDecision first = limiter(5, MINUTE).tryAcquire("alice");

            assertThat(first.allowed()).as("the first request").isTrue();
            assertThat(first.limit()).as("limit").isEqualTo(5);
            assertThat(first.remaining()).as("remaining after the first of 5").isEqualTo(4);
            assertThat(first.resetAfter()).as("resetAfter: the counter's PTTL, about the 60 s window")
                    .isBetween(Duration.ofSeconds(58), MINUTE);
        }

        @Test
        void the_request_over_the_limit_is_denied() {
            FixedWindowLimiter limiter = limiter(3, MINUTE);
            for (int i = 0; i < 3; i++) {
                assertThat(limiter.tryAcquire("alice").allowed()).as("request %d of 3", i + 1).isTrue();
            }

            RateLimitDecision fourth = limiter.tryAcquire("alice");

            assertThat(fourth.allowed()).as("the 4th request against a limit of 3").isFalse();
            assertThat(fourth.remaining()).as("remaining when denied").isZero();
            assertThat(fourth.resetAfter()).as("resetAfter when denied: when the window ends")
                    .isBetween(Duration.ofSeconds(58), MINUTE);
        }

        @Test
        void the_count_starts_again_when_the_window_expires() {
            FixedWindowLimiter limiter = limiter(1, Duration.ofMillis(150));
            RateLimitDecision first = limiter.tryAcquire("alice");
            assertThat(first.allowed()).as("first request").isTrue();
            assertThat(first.resetAfter()).as("resetAfter of the first request in a 150 ms window")
                    .isLessThanOrEqualTo(Duration.ofMillis(150));

            BoundedWait.until(Duration.ofSeconds(3), () -> redis.exists(prefix + "alice") == 0, "the 150 ms window's counter to expire");

            assertThat(limiter.tryAcquire("alice").allowed()).as("a request in the next window").isTrue();
        }

        @Test
        void clients_are_counted_separately() {
            FixedWindowLimiter limiter = limiter(1, MINUTE);
            limiter.tryAcquire("alice");

            assertThat(limiter.tryAcquire("bob").allowed()).as("bob's first request after alice used her limit").isTrue();
            assertThat(redis.get(prefix + "alice")).as("alice's counter %salice", prefix).isEqualTo("1");
        }

        @Test
        void the_count_and_its_expiry_are_one_script() {
            FixedWindowLimiter limiter = limiter(5, MINUTE);
            ServerStats before = ServerStats.snapshot(redis);

            limiter.tryAcquire("alice");

            assertThat(scriptCalls(before, ServerStats.snapshot(redis)))
                    .as("EVAL/EVALSHA per request: INCR and PEXPIRE in one script, so no counter is ever left without expiry")
                    .isEqualTo(1);
        }

        @Test
        void a_blank_client_id_is_rejected() {
            FixedWindowLimiter limiter = limiter(5, MINUTE);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("tryAcquire(\" \"): a blank client id is a caller's mistake, refused with IllegalArgumentException")
                    .isThrownBy(() -> limiter.tryAcquire(" "));
        }

        @Test
        void eight_threads_of_100_requests_against_a_limit_of_50_allow_exactly_50() throws Exception {
            assertExactlyFiftyAllowed(hammer(limiter(50, MINUTE)));
            assertThat(redis.pttl(prefix + "alice")).as("PTTL of the counter after the burst: it must have its window as expiry")
                    .isBetween(50_000L, 60_000L);
        }
    }

    @Nested
    class SlidingLog {

        private final TestClock clock = new TestClock(Instant.ofEpochMilli(1_000_000));

        private SlidingLogLimiter limiter(long limit, Duration window) {
            return new SlidingLogLimiter(redis, prefix, limit, window, clock);
        }

        @Test
        void the_log_is_a_sorted_set_of_request_times_with_the_window_as_expiry() {
            limiter(5, MINUTE).tryAcquire("alice");

            List<ScoredValue<String>> log = redis.zrangeWithScores(prefix + "alice", 0, -1);
            assertThat(log).as("the log %salice after one request at clock 1000000 ms", prefix).hasSize(1);
            assertThat(log.get(0).getScore()).as("the entry's score: the request time in ms").isEqualTo(1_000_000.0);
            assertThat(redis.pttl(prefix + "alice")).as("PTTL of the log (window 60 s)").isBetween(58_000L, 60_000L);
        }

        @Test
        void the_window_slides_with_each_request() {
            SlidingLogLimiter limiter = limiter(3, Duration.ofSeconds(10));
            limiter.tryAcquire("alice");
            limiter.tryAcquire("alice");
            clock.advance(Duration.ofSeconds(6));
            assertThat(limiter.tryAcquire("alice").remaining()).as("remaining after the 3rd request, at 6 s").isZero();

            clock.advance(Duration.ofSeconds(1));
            RateLimitDecision at7 = limiter.tryAcquire("alice");
            assertThat(at7.allowed()).as("a 4th request at 7 s: 3 in the last 10 s").isFalse();
            assertThat(at7.resetAfter()).as("resetAfter at 7 s: the oldest entry (0 s) leaves at 10 s").isEqualTo(Duration.ofSeconds(3));

            clock.advance(Duration.ofSeconds(3));
            RateLimitDecision at10 = limiter.tryAcquire("alice");
            assertThat(at10.allowed()).as("a request at 10 s: the two from 0 s left the window").isTrue();
            assertThat(at10.remaining()).as("remaining at 10 s: the 6 s entry and this one are in the window").isEqualTo(1);
        }

        @Test
        void denied_requests_are_not_logged() {
            SlidingLogLimiter limiter = limiter(2, Duration.ofSeconds(10));
            limiter.tryAcquire("alice");
            limiter.tryAcquire("alice");
            for (int second = 1; second <= 9; second++) {
                clock.advance(Duration.ofSeconds(1));
                assertThat(limiter.tryAcquire("alice").allowed()).as("request at %d s", second).isFalse();
            }
            clock.advance(Duration.ofSeconds(1));

            assertThat(limiter.tryAcquire("alice").allowed())
                    .as("a request at 10 s, after 9 denied ones: denied requests must not fill the log").isTrue();
            assertThat(redis.zcard(prefix + "alice")).as("entries in the log at 10 s").isEqualTo(1);
        }

        @Test
        void each_decision_is_one_script() {
            SlidingLogLimiter limiter = limiter(5, MINUTE);
            ServerStats before = ServerStats.snapshot(redis);

            limiter.tryAcquire("alice");

            assertThat(scriptCalls(before, ServerStats.snapshot(redis)))
                    .as("EVAL/EVALSHA per request: trim, count and add in one script").isEqualTo(1);
        }

        @Test
        void eight_threads_of_100_requests_against_a_limit_of_50_allow_exactly_50() throws Exception {
            assertExactlyFiftyAllowed(hammer(limiter(50, MINUTE)));
            assertThat(redis.zcard(prefix + "alice")).as("entries in the log: the allowed requests only").isEqualTo(50);
        }
    }

    @Nested
    class TokenBucket {

        private TokenBucketLimiter limiter(long capacity, Duration refillEvery) {
            return new TokenBucketLimiter(redis, prefix, capacity, refillEvery);
        }

        @Test
        void a_full_bucket_allows_a_burst_of_its_capacity_then_denies() {
            TokenBucketLimiter limiter = limiter(3, HOUR);
            List<Long> remaining = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RateLimitDecision decision = limiter.tryAcquire("alice");
                assertThat(decision.allowed()).as("request %d of a burst of 3 into a full bucket of 3", i + 1).isTrue();
                remaining.add(decision.remaining());
            }
            RateLimitDecision fourth = limiter.tryAcquire("alice");

            assertThat(remaining).as("remaining after each of the 3").containsExactly(2L, 1L, 0L);
            assertThat(fourth.allowed()).as("the 4th request").isFalse();
            assertThat(fourth.limit()).as("limit: the capacity").isEqualTo(3);
            assertThat(fourth.resetAfter()).as("resetAfter when denied: until the next token (one per hour)")
                    .isBetween(Duration.ofMinutes(59), HOUR);
        }

        @Test
        void tokens_refill_with_time() {
            TokenBucketLimiter limiter = limiter(1, Duration.ofMillis(50));
            assertThat(limiter.tryAcquire("alice").allowed()).as("first request").isTrue();

            BoundedWait.until(Duration.ofSeconds(3), () -> limiter.tryAcquire("alice").allowed(),
                    "a request to be allowed again after one token (50 ms) refilled");
        }

        @Test
        void the_bucket_is_a_hash_of_tokens_and_time_with_an_expiry() {
            limiter(5, HOUR).tryAcquire("alice");

            String tokens = redis.hget(prefix + "alice", "tokens");
            assertThat(tokens).as("HGET %salice tokens after one request into a bucket of 5", prefix).isNotNull();
            assertThat(Double.parseDouble(tokens)).as("tokens left").isEqualTo(4.0);
            long serverMillis = redis.time().get(0).transform(Long::parseLong) * 1000;
            assertThat(Long.parseLong(redis.hget(prefix + "alice", "ts")))
                    .as("HGET ts: the time of the update in ms, from Redis's clock").isBetween(serverMillis - 5_000, serverMillis + 1_000);
            assertThat(redis.pttl(prefix + "alice")).as("PTTL of the bucket").isPositive();
        }

        @Test
        void the_time_comes_from_the_redis_server() {
            TokenBucketLimiter limiter = limiter(5, HOUR);
            ServerStats before = ServerStats.snapshot(redis);

            limiter.tryAcquire("alice");

            assertThat(before.callsUntil(ServerStats.snapshot(redis), "time"))
                    .as("TIME calls per request: the script asks Redis for the time, so app nodes with skewed clocks agree")
                    .isEqualTo(1);
        }

        @Test
        void the_script_goes_by_evalsha_and_falls_back_to_eval_once_after_a_flush() {
            TokenBucketLimiter limiter = limiter(5, HOUR);
            redis.scriptFlush();
            ServerStats flushed = ServerStats.snapshot(redis);

            RateLimitDecision first = limiter.tryAcquire("alice");
            ServerStats afterFirst = ServerStats.snapshot(redis);
            RateLimitDecision second = limiter.tryAcquire("alice");
            ServerStats afterSecond = ServerStats.snapshot(redis);

            assertThat(List.of(first.remaining(), second.remaining())).as("remaining after two requests").containsExactly(4L, 3L);
            assertThat(flushed.callsUntil(afterFirst, "eval")).as("EVAL calls for the first request after SCRIPT FLUSH "
                    + "(EVALSHA answered NOSCRIPT, so the text is sent once)").isEqualTo(1);
            assertThat(afterFirst.callsUntil(afterSecond, "evalsha")).as("EVALSHA calls for the second request").isEqualTo(1);
            assertThat(afterFirst.callsUntil(afterSecond, "eval")).as("EVAL calls for the second request: Redis knows the script now")
                    .isZero();
        }

        @Test
        void eight_threads_of_100_requests_against_a_capacity_of_50_allow_exactly_50() throws Exception {
            assertExactlyFiftyAllowed(hammer(limiter(50, HOUR)));
        }
    }
}
