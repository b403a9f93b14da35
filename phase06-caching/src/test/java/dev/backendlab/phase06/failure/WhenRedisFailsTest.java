package dev.backendlab.phase06.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.phase06.ratelimit.RateLimitDecision;
import dev.backendlab.phase06.ratelimit.RateLimiter;
import dev.backendlab.phase06.support.RedisOutage;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 7, title = "When Redis fails", topics = {"Redis", "Rate Limiting"})
class WhenRedisFailsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private RedisOutage outage;
    private RedisClient inspector;
    private RedisCommands<String, String> redis;
    private RedisClient appClient;
    private StatefulRedisConnection<String, String> app;
    private String prefix;
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeEach
    void connectThroughTheOutageProxy() throws Exception {
        prefix = TestRedis.get().newKeyPrefix("failure");
        outage = new RedisOutage();
        inspector = TestClients.client();
        redis = inspector.connect().sync();
        appClient = FailFastRedis.create(outage.uri());
        app = appClient.connect();
    }

    @AfterEach
    void restoreRedis() {
        if (outage != null) {
            outage.close();
        }
        if (appClient != null) {
            appClient.shutdown(0, 2, TimeUnit.SECONDS);
        }
        TestClients.shutdown(inspector);
    }

    private Function<String, String> loader(String value) {
        return id -> {
            loads.incrementAndGet();
            return value;
        };
    }

    /** A small fixed-window limiter over the app's connection, as a stand-in for exercise 5's. */
    private RateLimiter counting(long limit) {
        return clientId -> {
            if (clientId.isBlank()) {
                throw new IllegalArgumentException("a client id must not be blank");
            }
            long count = app.sync().incr(prefix + clientId);
            app.sync().pexpire(prefix + clientId, MINUTE.toMillis());
            return new RateLimitDecision(count <= limit, limit, Math.max(0, limit - count), MINUTE);
        };
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    void a_fail_fast_client_gives_up_within_its_timeout_when_redis_is_gone() {
        app.sync().set(prefix + "k", "v");
        outage.begin();

        long start = System.nanoTime();
        assertThatExceptionOfType(RedisException.class)
                .as("GET while Redis is down, through FailFastRedis's client: it fails with a RedisException")
                .isThrownBy(() -> app.sync().get(prefix + "k"));
        assertThat(millisSince(start)).as("ms the GET took to fail: a 250 ms timeout, never lettuce's default 60 s")
                .isLessThan(2_000);
    }

    @Test
    void commands_are_rejected_at_once_while_disconnected_not_queued_until_a_timeout() {
        outage.begin();
        BoundedWait.until(Duration.ofSeconds(3), () -> !app.isOpen(), "the client to notice its connection dropped");

        assertThatExceptionOfType(RedisException.class)
                .as("GET while the client knows it is disconnected: DisconnectedBehavior.REJECT_COMMANDS fails it at once; "
                        + "a RedisCommandTimeoutException means it was queued and waited")
                .isThrownBy(() -> app.sync().get(prefix + "k"))
                .isNotInstanceOf(RedisCommandTimeoutException.class);
    }

    @Test
    void reads_fall_back_to_the_loader_while_redis_is_down() {
        ResilientCache cache = new ResilientCache(app, prefix, MINUTE);
        assertThat(cache.get("k", loader("cached"))).as("a read while Redis is up").isEqualTo("cached");
        outage.begin();

        long start = System.nanoTime();
        String value = cache.get("k", loader("from-the-database"));

        assertThat(value).as("a read while Redis is down: the loader answers").isEqualTo("from-the-database");
        assertThat(millisSince(start)).as("ms the read took while Redis was down").isLessThan(2_000);
        assertThat(loads).as("loader calls: the first miss, then the fallback").hasValue(2);
    }

    @Test
    void every_read_during_an_outage_is_answered_quickly() {
        ResilientCache cache = new ResilientCache(app, prefix, MINUTE);
        outage.begin();

        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(cache.get("k" + i, loader("v" + i))).as("read %d of 20 during the outage", i + 1).isEqualTo("v" + i);
        }
        assertThat(millisSince(start)).as("ms for 20 reads while Redis is down: each gives up on Redis quickly")
                .isLessThan(3_000);
    }

    @Test
    void a_loader_failure_during_an_outage_still_propagates() {
        ResilientCache cache = new ResilientCache(app, prefix, MINUTE);
        outage.begin();
        IllegalStateException databaseDown = new IllegalStateException("database down too");

        assertThat(catchThrowable(() -> cache.get("k", id -> {
            throw databaseDown;
        }))).as("a read while Redis is down and the loader throws: the loader's exception, not a Redis one").isSameAs(databaseDown);
    }

    @Test
    void the_cache_is_used_again_once_redis_is_back() {
        ResilientCache cache = new ResilientCache(app, prefix, MINUTE);
        outage.begin();
        cache.get("k", loader("v1"));
        outage.end();

        BoundedWait.until(Duration.ofSeconds(5), () -> {
            cache.get("k", loader("v1"));
            return redis.exists(prefix + "k") == 1;
        }, "a read after Redis came back to store its value in Redis again (the client reconnects on its own)");
        int loadsBefore = loads.get();

        assertThat(cache.get("k", loader("v1"))).as("a read after recovery").isEqualTo("v1");
        assertThat(loads.get()).as("loader calls for that read: Redis answers again").isEqualTo(loadsBefore);
    }

    @Test
    void while_redis_answers_the_wrapped_limiter_decides() {
        GuardedRateLimiter limiter = new GuardedRateLimiter(counting(1), FailurePolicy.FAIL_OPEN, 1, Duration.ofSeconds(1));

        assertThat(limiter.tryAcquire("alice")).as("first request, limit 1").isEqualTo(new RateLimitDecision(true, 1, 0, MINUTE));
        assertThat(limiter.tryAcquire("alice")).as("second request").isEqualTo(new RateLimitDecision(false, 1, 0, MINUTE));
    }

    @Test
    void fail_open_allows_requests_while_redis_is_down() {
        GuardedRateLimiter limiter = new GuardedRateLimiter(counting(10), FailurePolicy.FAIL_OPEN, 10, Duration.ofSeconds(1));
        outage.begin();

        assertThat(limiter.tryAcquire("alice")).as("a request while Redis is down, FAIL_OPEN")
                .isEqualTo(new RateLimitDecision(true, 10, 10, Duration.ZERO));
    }

    @Test
    void fail_closed_denies_requests_while_redis_is_down() {
        GuardedRateLimiter limiter = new GuardedRateLimiter(counting(10), FailurePolicy.FAIL_CLOSED, 10, Duration.ofSeconds(1));
        outage.begin();

        assertThat(limiter.tryAcquire("alice")).as("a request while Redis is down, FAIL_CLOSED")
                .isEqualTo(new RateLimitDecision(false, 10, 0, Duration.ofSeconds(1)));
    }

    @Test
    void the_limiter_counts_again_once_redis_is_back() {
        GuardedRateLimiter limiter = new GuardedRateLimiter(counting(10), FailurePolicy.FAIL_CLOSED, 10, Duration.ofSeconds(1));
        outage.begin();
        assertThat(limiter.tryAcquire("alice").allowed()).as("a request during the outage, FAIL_CLOSED").isFalse();
        outage.end();

        BoundedWait.until(Duration.ofSeconds(5), () -> limiter.tryAcquire("bob").allowed(),
                "a request to be allowed (counted by Redis) after Redis came back");
        assertThat(redis.get(prefix + "bob")).as("bob's counter in Redis after recovery").isNotNull();
    }

    @Test
    void an_error_that_is_not_a_redis_failure_is_not_swallowed() {
        GuardedRateLimiter limiter = new GuardedRateLimiter(counting(10), FailurePolicy.FAIL_OPEN, 10, Duration.ofSeconds(1));

        assertThatExceptionOfType(IllegalArgumentException.class)
                .as("tryAcquire(\" \"): the limiter's IllegalArgumentException is a bug to report, not an outage to allow")
                .isThrownBy(() -> limiter.tryAcquire(" "));
    }
}
