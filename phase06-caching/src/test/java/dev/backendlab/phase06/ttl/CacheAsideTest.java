package dev.backendlab.phase06.ttl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.phase06.support.FixedRandom;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 2, title = "TTL and cache-aside", topics = {"TTL"})
class CacheAsideTest {

    record Price(String sku, long cents) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Price PEN = new Price("pen", 150);
    private static final CachePolicy LONG_LIVED = new CachePolicy(Duration.ofSeconds(60), Duration.ofSeconds(30),
            Duration.ofSeconds(20));

    private static RedisClient client;
    private static RedisCommands<String, String> redis;

    private String prefix;
    private final AtomicInteger loads = new AtomicInteger();

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
        prefix = TestRedis.get().newKeyPrefix("prices");
    }

    private CacheAside<Price> cache(CachePolicy policy, FixedRandom random) {
        return new CacheAside<>(redis, MAPPER, Price.class, prefix, policy, random);
    }

    /** A loader that counts its calls and answers what {@code answer} holds at the time. */
    private Function<String, Optional<Price>> loader(AtomicReference<Optional<Price>> answer) {
        return id -> {
            loads.incrementAndGet();
            return answer.get();
        };
    }

    @Test
    void a_miss_calls_the_loader_once_and_a_hit_does_not_call_it_again() {
        CacheAside<Price> cache = cache(LONG_LIVED, new FixedRandom(0));
        var loader = loader(new AtomicReference<>(Optional.of(PEN)));

        assertThat(cache.get("pen", loader)).as("first get (a miss)").contains(PEN);
        assertThat(cache.get("pen", loader)).as("second get (a hit)").contains(PEN);
        assertThat(loads).as("loader calls for a miss followed by a hit").hasValue(1);
    }

    @Test
    void the_loaded_value_is_stored_as_json_at_prefix_id() throws Exception {
        cache(LONG_LIVED, new FixedRandom(0)).get("pen", loader(new AtomicReference<>(Optional.of(PEN))));

        String stored = redis.get(prefix + "pen");
        assertThat(stored).as("GET %spen after a miss loaded it", prefix).isNotNull();
        assertThat(MAPPER.readTree(stored)).as("the cached JSON").isEqualTo(MAPPER.readTree("{\"sku\":\"pen\",\"cents\":150}"));
    }

    @Test
    void a_value_another_node_cached_is_served_without_loading() {
        redis.set(prefix + "pen", "{\"sku\":\"pen\",\"cents\":175}");

        Optional<Price> got = cache(LONG_LIVED, new FixedRandom(0)).get("pen", loader(new AtomicReference<>(Optional.of(PEN))));

        assertThat(got).as("get of an id whose JSON is already in Redis").contains(new Price("pen", 175));
        assertThat(loads).as("loader calls on a hit").hasValue(0);
    }

    @Test
    void a_value_is_stored_with_ttl_plus_the_jitter_drawn() {
        FixedRandom random = new FixedRandom(25_000);
        cache(LONG_LIVED, random).get("pen", loader(new AtomicReference<>(Optional.of(PEN))));

        long pttl = redis.pttl(prefix + "pen");
        assertThat(pttl).as("PTTL of the cached value: ttl 60 s + jitter 25 s drawn by random.nextLong(30001) = 85000 ms, "
                + "minus the moments since").isBetween(83_000L, 85_000L);
        assertThat(random.bounds()).as("bounds passed to random.nextLong(bound) for one stored value: maxJitter + 1 ms")
                .containsExactly(30_001L);
    }

    @Test
    void not_found_is_cached_for_the_short_not_found_ttl_without_jitter() {
        FixedRandom random = new FixedRandom(25_000);
        CacheAside<Price> cache = cache(LONG_LIVED, random);
        var loader = loader(new AtomicReference<>(Optional.empty()));

        assertThat(cache.get("ghost", loader)).as("get of an id the loader does not know").isEmpty();
        assertThat(cache.get("ghost", loader)).as("second get of that id").isEmpty();

        assertThat(loads).as("loader calls: the second get is answered by the cached \"not found\"").hasValue(1);
        assertThat(redis.pttl(prefix + "ghost")).as("PTTL of the \"not found\" entry: notFoundTtl 20 s, no jitter")
                .isBetween(18_000L, 20_000L);
        assertThat(random.bounds()).as("random draws for a \"not found\" entry").isEmpty();
    }

    @Test
    void a_not_found_entry_expires_and_a_record_created_later_is_found() {
        CacheAside<Price> cache = cache(new CachePolicy(Duration.ofSeconds(60), Duration.ZERO, Duration.ofMillis(100)),
                new FixedRandom(0));
        AtomicReference<Optional<Price>> database = new AtomicReference<>(Optional.empty());

        assertThat(cache.get("pen", loader(database))).as("get before the record exists").isEmpty();
        database.set(Optional.of(PEN));
        BoundedWait.until(Duration.ofSeconds(3), () -> redis.exists(prefix + "pen") == 0, "the 100 ms \"not found\" entry to expire");

        assertThat(cache.get("pen", loader(database))).as("get after the \"not found\" entry expired").contains(PEN);
        assertThat(loads).as("loader calls: one before, one after expiry").hasValue(2);
    }

    @Test
    void a_stale_value_is_never_served_after_its_ttl() {
        CacheAside<Price> cache = cache(new CachePolicy(Duration.ofMillis(100), Duration.ZERO, Duration.ofSeconds(1)),
                new FixedRandom(0));
        AtomicReference<Optional<Price>> database = new AtomicReference<>(Optional.of(PEN));
        cache.get("pen", loader(database));

        Price repriced = new Price("pen", 199);
        database.set(Optional.of(repriced));
        BoundedWait.until(Duration.ofSeconds(3), () -> redis.exists(prefix + "pen") == 0, "the 100 ms entry to expire in Redis");

        assertThat(cache.get("pen", loader(database)))
                .as("get after Redis expired the entry: the new price from the loader, not a copy kept in memory")
                .contains(repriced);
        assertThat(loads).as("loader calls").hasValue(2);
    }

    @Test
    void a_loader_failure_propagates_and_is_not_cached() {
        CacheAside<Price> cache = cache(LONG_LIVED, new FixedRandom(0));
        IllegalStateException databaseDown = new IllegalStateException("database down");

        assertThat(catchThrowable(() -> cache.get("pen", id -> {
            loads.incrementAndGet();
            throw databaseDown;
        }))).as("get whose loader throws: the loader's own exception reaches the caller").isSameAs(databaseDown);
        assertThat(redis.exists(prefix + "pen")).as("keys stored for a failed load (a failure must not be cached)").isZero();

        assertThat(cache.get("pen", loader(new AtomicReference<>(Optional.of(PEN))))).as("next get, loader healthy again")
                .contains(PEN);
        assertThat(loads).as("loader calls: the failed one, then a fresh one").hasValue(2);
    }

    @Test
    void a_corrupt_cached_value_is_treated_as_a_miss_and_overwritten() throws Exception {
        redis.set(prefix + "pen", "{\"sku\":");

        Optional<Price> got = cache(LONG_LIVED, new FixedRandom(0)).get("pen", loader(new AtomicReference<>(Optional.of(PEN))));

        assertThat(got).as("get over a cached value that is not JSON: load instead of failing").contains(PEN);
        assertThat(loads).as("loader calls").hasValue(1);
        assertThat(MAPPER.readTree(redis.get(prefix + "pen"))).as("the entry after the reload")
                .isEqualTo(MAPPER.readTree("{\"sku\":\"pen\",\"cents\":150}"));
    }

    @Test
    void ids_are_cached_independently() {
        CacheAside<Price> cache = cache(LONG_LIVED, new FixedRandom(0));
        Function<String, Optional<Price>> byId = id -> {
            loads.incrementAndGet();
            return Optional.of(new Price(id, id.length()));
        };

        List<Optional<Price>> got = List.of(cache.get("a", byId), cache.get("bb", byId), cache.get("a", byId));

        assertThat(got).as("get a, bb, a").containsExactly(Optional.of(new Price("a", 1)), Optional.of(new Price("bb", 2)),
                Optional.of(new Price("a", 1)));
        assertThat(loads).as("loader calls: one per distinct id").hasValue(2);
    }
}
