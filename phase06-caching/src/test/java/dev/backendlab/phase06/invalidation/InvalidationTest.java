package dev.backendlab.phase06.invalidation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.phase06.support.ServerStats;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 4, title = "Invalidation", topics = {"Invalidation"})
class InvalidationTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

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
        prefix = TestRedis.get().newKeyPrefix("invalidation");
    }

    @Nested
    class Tags {

        private TaggedCache cache;

        @BeforeEach
        void newCache() {
            cache = new TaggedCache(redis, prefix, MINUTE);
        }

        @Test
        void put_caches_the_value_with_its_ttl() {
            cache.put("p1", "lamp", Set.of("home"));

            assertThat(cache.get("p1")).as("get after put").contains("lamp");
            assertThat(redis.pttl(prefix + "value:p1")).as("PTTL of %svalue:p1 (ttl 60 s)", prefix).isBetween(58_000L, 60_000L);
            assertThat(redis.smembers(prefix + "tag:home")).as("members of the tag set %stag:home", prefix)
                    .containsExactly(prefix + "value:p1");
        }

        @Test
        void invalidate_deletes_the_value_on_write() {
            cache.put("p1", "lamp", Set.of());
            cache.put("p2", "mug", Set.of());

            cache.invalidate("p1");

            assertThat(cache.get("p1")).as("get of the invalidated id").isEmpty();
            assertThat(cache.get("p2")).as("get of another id").contains("mug");
        }

        @Test
        void invalidating_a_tag_deletes_every_value_carrying_it_and_nothing_else() {
            cache.put("p1", "lamp", Set.of("home", "sale"));
            cache.put("p2", "mug", Set.of("kitchen", "sale"));
            cache.put("p3", "chair", Set.of("home"));

            long deleted = cache.invalidateTag("sale");

            assertThat(deleted).as("value keys invalidateTag(\"sale\") reports deleted").isEqualTo(2);
            assertThat(cache.get("p1")).as("p1 (tagged sale)").isEmpty();
            assertThat(cache.get("p2")).as("p2 (tagged sale)").isEmpty();
            assertThat(cache.get("p3")).as("p3 (not tagged sale)").contains("chair");
            assertThat(redis.exists(prefix + "tag:sale")).as("the tag set itself after its invalidation").isZero();
        }

        @Test
        void a_tag_is_invalidated_in_one_atomic_script() {
            cache.put("p1", "lamp", Set.of("sale"));
            cache.put("p2", "mug", Set.of("sale"));
            ServerStats before = ServerStats.snapshot(redis);

            cache.invalidateTag("sale");

            ServerStats after = ServerStats.snapshot(redis);
            assertThat(before.callsUntil(after, "eval") + before.callsUntil(after, "evalsha"))
                    .as("EVAL/EVALSHA calls for one invalidateTag: members and set go in one script, atomically").isEqualTo(1);
        }

        @Test
        void invalidating_an_unknown_tag_deletes_nothing() {
            cache.put("p1", "lamp", Set.of("home"));

            assertThat(cache.invalidateTag("nobody-uses-this")).as("invalidateTag of a tag never used").isZero();
            assertThat(cache.get("p1")).as("an unrelated value").contains("lamp");
        }
    }

    @Nested
    class Versions {

        private VersionedNamespace cache;

        @BeforeEach
        void newCache() {
            cache = new VersionedNamespace(redis, prefix, MINUTE);
        }

        @Test
        void values_live_under_the_current_version() {
            cache.put("user42", "page1", "<html>1</html>");

            assertThat(cache.get("user42", "page1")).as("get after put").contains("<html>1</html>");
            assertThat(redis.get(prefix + "user42:v0:page1")).as("GET %suser42:v0:page1 (no version key yet means 0)", prefix)
                    .isEqualTo("<html>1</html>");
            assertThat(redis.pttl(prefix + "user42:v0:page1")).as("PTTL of the versioned value").isBetween(58_000L, 60_000L);
        }

        @Test
        void bumping_the_version_hides_every_old_value_with_one_INCR_and_no_DEL() {
            cache.put("user42", "page1", "a");
            cache.put("user42", "page2", "b");
            ServerStats before = ServerStats.snapshot(redis);

            long version = cache.invalidateAll("user42");

            ServerStats after = ServerStats.snapshot(redis);
            assertThat(version).as("the version after the first invalidateAll").isEqualTo(1);
            assertThat(before.callsUntil(after, "incr")).as("INCR calls for invalidateAll").isEqualTo(1);
            assertThat(before.callsUntil(after, "del") + before.callsUntil(after, "unlink") + before.callsUntil(after, "scan")
                    + before.callsUntil(after, "keys")).as("DEL/UNLINK/SCAN/KEYS calls: a version bump deletes nothing").isZero();
            assertThat(cache.get("user42", "page1")).as("page1 after the bump").isEmpty();
            assertThat(cache.get("user42", "page2")).as("page2 after the bump").isEmpty();
        }

        @Test
        void values_written_after_the_bump_are_visible() {
            cache.put("user42", "page1", "old");
            cache.invalidateAll("user42");
            cache.put("user42", "page1", "new");

            assertThat(cache.get("user42", "page1")).as("get after bump and a new put").contains("new");
            assertThat(redis.get(prefix + "user42:v1:page1")).as("the new value's key").isEqualTo("new");
        }

        @Test
        void namespaces_are_invalidated_independently() {
            cache.put("user42", "page1", "a");
            cache.put("user7", "page1", "b");

            cache.invalidateAll("user42");

            assertThat(cache.get("user42", "page1")).as("user42 after its bump").isEmpty();
            assertThat(cache.get("user7", "page1")).as("user7, untouched").contains("b");
        }
    }

    @Nested
    class TwoLevels {

        private TwoLevelCache nodeA;
        private TwoLevelCache nodeB;

        @BeforeEach
        void startTwoNodes() {
            nodeA = new TwoLevelCache(client, prefix, MINUTE);
            nodeB = new TwoLevelCache(client, prefix, MINUTE);
            nodeA.start();
            nodeB.start();
        }

        @AfterEach
        void stopNodes() {
            nodeA.close();
            nodeB.close();
        }

        @Test
        void start_returns_once_subscribed() {
            assertThat(redis.pubsubNumsub(prefix + "invalidations")).as("PUBSUB NUMSUB of the channel once two nodes started")
                    .containsEntry(prefix + "invalidations", 2L);
        }

        @Test
        void a_second_read_is_served_by_the_local_level_without_redis() {
            redis.set(prefix + "k", "v1");
            assertThat(nodeA.get("k")).as("first get (from Redis)").contains("v1");
            ServerStats before = ServerStats.snapshot(redis);

            assertThat(nodeA.get("k")).as("second get").contains("v1");

            ServerStats after = ServerStats.snapshot(redis);
            assertThat(before.callsUntil(after, "get")).as("GET commands for the second read: the local level answers").isZero();
            assertThat(nodeA.isCachedLocally("k")).as("k in node A's local level").isTrue();
        }

        @Test
        void a_miss_in_both_levels_is_empty_and_caches_nothing() {
            assertThat(nodeA.get("missing")).as("get of a key in neither level").isEmpty();
            assertThat(nodeA.isCachedLocally("missing")).as("missing in the local level").isFalse();
        }

        @Test
        void a_write_on_one_node_evicts_the_entry_on_the_other_within_a_bounded_wait() {
            redis.set(prefix + "k", "v1");
            nodeA.get("k");
            nodeB.get("k");

            nodeA.put("k", "v2");

            BoundedWait.until(Duration.ofSeconds(5), () -> !nodeB.isCachedLocally("k"),
                    "node B to evict k after node A wrote it (a message on " + prefix + "invalidations)");
            assertThat(nodeB.get("k")).as("node B's get after the eviction: the new value from Redis").contains("v2");
            assertThat(nodeA.get("k")).as("node A's own get after its write").contains("v2");
            assertThat(redis.pttl(prefix + "k")).as("PTTL of the written value (ttl 60 s)").isBetween(58_000L, 60_000L);
        }

        @Test
        void an_invalidation_on_one_node_removes_the_value_everywhere() {
            nodeA.put("k", "v1");
            nodeB.get("k");

            nodeA.invalidate("k");

            BoundedWait.until(Duration.ofSeconds(5), () -> !nodeB.isCachedLocally("k"), "node B to evict k after node A invalidated it");
            assertThat(redis.exists(prefix + "k")).as("the Redis level after invalidate").isZero();
            assertThat(nodeB.get("k")).as("node B's get").isEmpty();
            assertThat(nodeA.isCachedLocally("k")).as("k in node A's own local level").isFalse();
        }
    }
}
