package dev.backendlab.phase06.stampede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.phase06.support.ServerStats;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 3, title = "Stampede protection", topics = {"Redis", "TTL"})
class StampedeProtectionTest {

    private static RedisClient client;
    private static RedisCommands<String, String> redis;

    String prefix;
    final AtomicInteger loads = new AtomicInteger();

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
        prefix = TestRedis.get().newKeyPrefix("stampede");
    }

    @Nested
    class Lock {

        private RedisLock lock;

        @BeforeEach
        void newLock() {
            lock = new RedisLock(redis);
        }

        @Test
        void acquiring_stores_the_token_with_the_ttl() {
            Optional<LockToken> held = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30));

            assertThat(held).as("tryAcquire of a free lock").isPresent();
            assertThat(held.get().key()).as("the token's key").isEqualTo(prefix + "lock");
            assertThat(redis.get(prefix + "lock")).as("GET of the lock key: the holder's token").isEqualTo(held.get().token());
            assertThat(redis.pttl(prefix + "lock")).as("PTTL of the lock (SET NX PX 30000)").isBetween(28_000L, 30_000L);
        }

        @Test
        void a_held_lock_cannot_be_acquired_again() {
            LockToken first = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30)).orElseThrow();

            assertThat(lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30))).as("tryAcquire while another token holds it")
                    .isEmpty();
            assertThat(redis.get(prefix + "lock")).as("the lock still holds the first token").isEqualTo(first.token());
        }

        @Test
        void every_acquisition_gets_a_new_token() {
            LockToken first = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30)).orElseThrow();
            lock.release(first);
            LockToken second = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30)).orElseThrow();

            assertThat(second.token()).as("tokens of two acquisitions of the same key: random, never reused")
                    .isNotEqualTo(first.token()).hasSizeGreaterThanOrEqualTo(16);
        }

        @Test
        void the_owner_releases_its_lock_in_one_script() {
            LockToken held = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30)).orElseThrow();
            ServerStats before = ServerStats.snapshot(redis);

            boolean released = lock.release(held);

            ServerStats after = ServerStats.snapshot(redis);
            assertThat(released).as("release by the token that holds the lock").isTrue();
            assertThat(redis.exists(prefix + "lock")).as("lock keys left after the owner released").isZero();
            assertThat(before.callsUntil(after, "eval") + before.callsUntil(after, "evalsha"))
                    .as("EVAL/EVALSHA calls for one release: compare-and-delete is one Lua script, atomic in Redis")
                    .isEqualTo(1);
        }

        @Test
        void a_wrong_token_does_not_release_the_lock() {
            LockToken held = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30)).orElseThrow();

            assertThat(lock.release(new LockToken(prefix + "lock", "not-the-token"))).as("release with a token that does not hold it")
                    .isFalse();
            assertThat(redis.get(prefix + "lock")).as("the lock after a stranger's release").isEqualTo(held.token());
        }

        @Test
        void an_expired_holder_cannot_release_the_next_holders_lock() {
            LockToken slow = lock.tryAcquire(prefix + "lock", Duration.ofMillis(100)).orElseThrow();
            BoundedWait.until(Duration.ofSeconds(3), () -> redis.exists(prefix + "lock") == 0, "the 100 ms lock to expire");
            LockToken next = lock.tryAcquire(prefix + "lock", Duration.ofSeconds(30)).orElseThrow();

            assertThat(lock.release(slow)).as("release by a holder whose lock expired and was taken by another").isFalse();
            assertThat(redis.get(prefix + "lock")).as("the new holder's lock, untouched").isEqualTo(next.token());
        }

        @Test
        void a_lock_without_a_positive_ttl_is_refused() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("tryAcquire with TTL 0: a lock that never expires outlives a crashed holder, so it is refused "
                            + "with IllegalArgumentException")
                    .isThrownBy(() -> lock.tryAcquire(prefix + "lock", Duration.ZERO));
            assertThat(redis.exists(prefix + "lock")).as("lock keys written by the refused call").isZero();
        }
    }

    @Nested
    class Cache {

        private StampedeProtectedCache cache(Duration lockTtl, Duration maxWait) {
            return new StampedeProtectedCache(redis, new RedisLock(redis), prefix, Duration.ofSeconds(60), lockTtl, maxWait);
        }

        private Function<String, String> countingLoader() {
            return id -> {
                loads.incrementAndGet();
                return "value-of-" + id;
            };
        }

        @Test
        void one_hundred_concurrent_requests_for_a_cold_key_run_the_loader_once() throws Exception {
            StampedeProtectedCache cache = cache(Duration.ofSeconds(5), Duration.ofSeconds(5));
            int callers = 100;
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch allAsking = new CountDownLatch(callers);
            Function<String, String> slowLoader = id -> {
                loads.incrementAndGet();
                BoundedWait.await(allAsking, Duration.ofSeconds(5), "all 100 callers to ask for the cold key"); // stay slow until every caller has asked, so they all meet the cold key
                return "value-of-" + id;
            };
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    results.add(pool.submit(() -> {
                        BoundedWait.await(start, Duration.ofSeconds(5), "the start signal");
                        allAsking.countDown();
                        return cache.get("hot", slowLoader);
                    }));
                }
                start.countDown();
                List<String> values = new ArrayList<>();
                for (Future<String> result : results) {
                    values.add(result.get(8, TimeUnit.SECONDS));
                }

                assertThat(loads).as("loader runs for 100 concurrent gets of one cold key").hasValue(1);
                assertThat(values).as("what the 100 callers got").hasSize(callers).containsOnly("value-of-hot");
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void the_winner_caches_the_value_with_its_ttl_and_releases_the_lock() {
            String value = cache(Duration.ofSeconds(5), Duration.ofSeconds(5)).get("k", countingLoader());

            assertThat(value).as("get of a cold key").isEqualTo("value-of-k");
            assertThat(redis.get(prefix + "k")).as("the cached value").isEqualTo("value-of-k");
            assertThat(redis.pttl(prefix + "k")).as("PTTL of the cached value (valueTtl 60 s)").isBetween(58_000L, 60_000L);
            assertThat(redis.exists(prefix + "k:lock")).as("lock keys left after the load").isZero();
        }

        @Test
        void a_hit_does_not_touch_the_lock_or_the_loader() {
            redis.set(prefix + "k", "cached");
            ServerStats before = ServerStats.snapshot(redis);

            String value = cache(Duration.ofSeconds(5), Duration.ofSeconds(5)).get("k", countingLoader());

            ServerStats after = ServerStats.snapshot(redis);
            assertThat(value).as("get of a cached key").isEqualTo("cached");
            assertThat(loads).as("loader calls on a hit").hasValue(0);
            assertThat(before.callsUntil(after, "set")).as("SET commands (lock or value) on a hit").isZero();
        }

        @Test
        void a_crashed_owners_lock_expires_and_another_caller_proceeds() {
            // A node took the lock and died: nobody will release it, only its 300 ms TTL frees the key.
            redis.set(prefix + "k:lock", "token-of-a-dead-node", SetArgs.Builder.nx().px(300));

            String value = cache(Duration.ofSeconds(5), Duration.ofSeconds(5)).get("k", countingLoader());

            assertThat(value).as("get while a dead node's lock is held: wait for it to expire, then load").isEqualTo("value-of-k");
            assertThat(loads).as("loader calls").hasValue(1);
        }

        @Test
        void a_caller_gives_up_after_max_wait_while_another_holds_the_lock() {
            redis.set(prefix + "k:lock", "token-of-a-slow-node", SetArgs.Builder.nx().px(5_000));
            StampedeProtectedCache cache = cache(Duration.ofSeconds(5), Duration.ofMillis(200));

            assertThatExceptionOfType(LockWaitTimeoutException.class)
                    .as("get while another node holds the lock for 5 s and maxWait is 200 ms: it gives up with "
                            + "LockWaitTimeoutException")
                    .isThrownBy(() -> cache.get("k", countingLoader()));
            assertThat(loads).as("loader calls while the lock was someone else's").hasValue(0);
            assertThat(redis.get(prefix + "k:lock")).as("the other node's lock").isEqualTo("token-of-a-slow-node");
        }

        @Test
        void a_failing_load_releases_the_lock_and_caches_nothing() {
            StampedeProtectedCache cache = cache(Duration.ofSeconds(30), Duration.ofSeconds(5));
            IllegalStateException down = new IllegalStateException("database down");

            assertThat(catchThrowable(() -> cache.get("k", id -> {
                throw down;
            }))).as("get whose loader throws: the loader's own exception reaches the caller").isSameAs(down);
            assertThat(redis.exists(prefix + "k", prefix + "k:lock"))
                    .as("value and lock keys after a failed load: no value cached, lock released at once (not after 30 s)")
                    .isZero();
            assertThat(cache.get("k", countingLoader())).as("next get").isEqualTo("value-of-k");
        }
    }

}
