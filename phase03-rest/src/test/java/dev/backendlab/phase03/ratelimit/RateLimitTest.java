package dev.backendlab.phase03.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 9, title = "Rate limiting", topics = {"Rate Limiting"})
@DisplayName("Exercise 9: Rate limiting")
class RateLimitTest {

    private static final Duration STEP = Duration.ofSeconds(6);

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private Api api;

    @BeforeEach
    void serve() {
        api = Api.serve(new RateLimitedApi(new BookCatalogue(), new RateLimiter(clock, 10, STEP)).router());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpReply get(String key) {
        return api.get("/books", "X-API-Key", key);
    }

    private List<HttpReply> burst(String key, int n) {
        List<HttpReply> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            replies.add(get(key));
        }
        return replies;
    }

    @Test
    void a_full_bucket_lets_a_burst_of_its_capacity_through_then_answers_429() {
        List<HttpReply> burst = burst("alice", 10);
        HttpReply eleventh = get("alice");

        assertThat(burst).as("a bucket of 10 starts full: 10 requests pass at once").allMatch(r -> r.status() == 200);
        assertThat(eleventh.status()).as(eleventh.says("the 11th finds no token: 429 Too Many Requests")).isEqualTo(429);
        assertThat(eleventh.header("Retry-After")).as(eleventh.says("Retry-After: the seconds until the next token (one per 6 s)"))
                .isEqualTo("6");
    }

    @Test
    void every_allowed_response_says_how_much_is_left() {
        HttpReply first = get("alice");
        burst("alice", 6);
        HttpReply eighth = get("alice");

        assertThat(first.header("RateLimit")).as(first.says("after one request: 9 left, full again in 6 s"))
                .isEqualTo("\"default\";r=9;t=6");
        assertThat(eighth.header("RateLimit")).as(eighth.says("after eight: 2 left, full again in 48 s"))
                .isEqualTo("\"default\";r=2;t=48");
    }

    @Test
    void every_response_carries_the_policy_refused_ones_too() {
        List<HttpReply> all = burst("alice", 11);

        assertThat(all).as("RateLimit-Policy on each of the 11 responses: quota 10, window 10 x 6 s = 60 s")
                .extracting(r -> r.header("RateLimit-Policy")).containsOnly("\"default\";q=10;w=60");
        HttpReply refused = all.get(10);
        assertThat(refused.header("RateLimit")).as(refused.says("the 429 says: nothing left, full in 60 s"))
                .isEqualTo("\"default\";r=0;t=60");
    }

    @Test
    void tokens_come_back_one_per_step_and_retry_after_counts_down() {
        burst("alice", 10);

        clock.advance(Duration.ofSeconds(3));
        HttpReply halfway = get("alice");
        clock.advance(Duration.ofSeconds(3));
        HttpReply refilled = get("alice");
        HttpReply again = get("alice");

        assertThat(halfway.status()).as(halfway.says("3 s into the step: still no token")).isEqualTo(429);
        assertThat(halfway.header("Retry-After")).as(halfway.says("3 s to go")).isEqualTo("3");
        assertThat(refilled.status()).as(refilled.says("6 s later one token is back")).isEqualTo(200);
        assertThat(again.status()).as(again.says("and only one")).isEqualTo(429);
    }

    @Test
    void a_bucket_never_holds_more_than_its_capacity() {
        burst("alice", 10);

        clock.advance(Duration.ofMinutes(10));
        List<HttpReply> afterAPause = burst("alice", 11);

        assertThat(afterAPause).as("10 minutes would earn 100 tokens, but the bucket holds 10: 10 pass, the 11th is 429")
                .extracting(HttpReply::status).containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 429);
    }

    @Test
    void each_api_key_has_its_own_bucket() {
        burst("alice", 10);

        HttpReply alice = get("alice");
        HttpReply bob = get("bob");

        assertThat(alice.status()).as(alice.says("alice used her 10")).isEqualTo(429);
        assertThat(bob.status()).as(bob.says("bob has his own bucket")).isEqualTo(200);
        assertThat(bob.header("RateLimit")).as(bob.says("with 9 left")).isEqualTo("\"default\";r=9;t=6");
    }

    @Test
    void a_request_without_an_api_key_is_401() {
        HttpReply anonymous = api.get("/books");

        assertThat(anonymous.status()).as(anonymous.says("no X-API-Key: 401 Unauthorized")).isEqualTo(401);
        assertThat(anonymous.json().path("error").asText()).as(anonymous.says("the message names the header")).contains("X-API-Key");
    }

    @Test
    void a_hundred_concurrent_requests_against_a_bucket_of_ten_let_exactly_ten_through() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(100);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpReply>> replies = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                replies.add(clients.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return get("alice");
                }));
            }
            start.countDown();
            int allowed = 0;
            int refused = 0;
            for (Future<HttpReply> reply : replies) {
                int status = reply.get(8, TimeUnit.SECONDS).status();
                allowed += status == 200 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }

            assertThat(allowed).as("the clock stands still: exactly 10 of 100 simultaneous requests pass").isEqualTo(10);
            assertThat(refused).as("and exactly 90 are refused").isEqualTo(90);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void the_bucket_itself_is_exact_under_contention() throws Exception {
        TokenBucket bucket = new TokenBucket(100, STEP, clock);
        AtomicInteger taken = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    for (int i = 0; i < 1000; i++) {
                        if (bucket.tryTake().allowed()) {
                            taken.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            List<Future<Void>> running = new ArrayList<>();
            work.forEach(w -> running.add(threads.submit(w)));
            start.countDown();
            for (Future<Void> f : running) {
                f.get(8, TimeUnit.SECONDS);
            }

            assertThat(taken.get()).as("8 threads x 1000 tries on 100 tokens: exactly 100 succeed").isEqualTo(100);
            assertThat(bucket.tryTake()).as("and the bucket is empty, the next token 6 s away")
                    .isEqualTo(new Decision(false, 0, STEP, STEP.multipliedBy(100)));
        } finally {
            threads.shutdownNow();
        }
    }
}
