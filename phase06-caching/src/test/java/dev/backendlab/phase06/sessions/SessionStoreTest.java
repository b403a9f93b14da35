package dev.backendlab.phase06.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 6, title = "Sessions", topics = {"Sessions"})
class SessionStoreTest {

    private static final Instant LOGIN = Instant.parse("2026-01-05T09:00:00Z");
    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(1));

    private static RedisClient client;
    private static RedisCommands<String, String> redis;

    private final TestClock clock = new TestClock(LOGIN);
    private String prefix;
    private RedisSessionStore store;

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
    void newStore() {
        prefix = TestRedis.get().newKeyPrefix("sessions");
        store = new RedisSessionStore(redis, prefix, POLICY, clock);
    }

    private String key(Session session) {
        return prefix + "session:" + session.id();
    }

    private void minutesPass(long minutes) {
        clock.advance(Duration.ofMinutes(minutes));
    }

    @Test
    void create_stores_a_hash_with_the_user_times_and_attributes() {
        Session session = store.create("alice", Map.of("cart", "c-17"));

        assertThat(redis.hgetall(key(session))).as("HGETALL %ssession:<id> after create", prefix).isEqualTo(Map.of(
                "userId", "alice",
                "createdAt", Long.toString(LOGIN.toEpochMilli()),
                "lastAccessAt", Long.toString(LOGIN.toEpochMilli()),
                "attr:cart", "c-17"));
        assertThat(redis.pttl(key(session))).as("PTTL of a new session: the idle timeout, 30 min").isBetween(1_790_000L, 1_800_000L);
        assertThat(redis.smembers(prefix + "user:alice:sessions")).as("alice's session set").containsExactly(session.id());
        assertThat(session).as("the returned session").isEqualTo(new Session(session.id(), "alice", LOGIN, LOGIN, Map.of("cart", "c-17")));
    }

    @Test
    void session_ids_are_long_random_and_url_safe() {
        String first = store.create("alice", Map.of()).id();
        String second = store.create("alice", Map.of()).id();

        assertThat(first).as("a session id: at least 128 random bits, so at least 22 URL-safe characters")
                .hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
        assertThat(second).as("a second session id").isNotEqualTo(first);
    }

    @Test
    void get_returns_the_live_session_and_slides_its_idle_timeout() {
        Session created = store.create("alice", Map.of("cart", "c-17"));
        minutesPass(20);

        Session read = store.get(created.id()).orElseThrow(() -> new AssertionError("get 20 min after login (idle 30 min) was empty"));

        Instant at20 = LOGIN.plus(Duration.ofMinutes(20));
        assertThat(read).as("the session read at 20 min").isEqualTo(new Session(created.id(), "alice", LOGIN, at20, Map.of("cart", "c-17")));
        assertThat(redis.hget(key(created), "lastAccessAt")).as("lastAccessAt stored after the read")
                .isEqualTo(Long.toString(at20.toEpochMilli()));
    }

    @Test
    void a_session_used_regularly_outlives_its_idle_timeout() {
        Session session = store.create("alice", Map.of());
        for (int minute = 20; minute <= 50; minute += 15) {
            minutesPass(minute == 20 ? 20 : 15);
            assertThat(store.get(session.id())).as("get at %d min, last use 15-20 min before (idle timeout 30 min)", minute).isPresent();
        }
    }

    @Test
    void an_idle_session_is_over_and_deleted() {
        Session session = store.create("alice", Map.of());
        minutesPass(31);

        assertThat(store.get(session.id())).as("get 31 min after the last use (idle timeout 30 min)").isEmpty();
        assertThat(redis.exists(key(session))).as("the dead session's hash").isZero();
    }

    @Test
    void the_absolute_lifetime_ends_even_an_active_session() {
        Session session = store.create("alice", Map.of());
        for (int i = 0; i < 2; i++) {
            minutesPass(25);
            store.get(session.id());
        }
        minutesPass(9);
        assertThat(store.get(session.id())).as("get at 59 min, used every 25 min (absolute lifetime 60 min)").isPresent();

        minutesPass(1);
        assertThat(store.get(session.id())).as("get at 60 min: the absolute lifetime is over").isEmpty();
    }

    @Test
    void the_expiry_never_reaches_past_the_absolute_end() {
        Session session = store.create("alice", Map.of());
        minutesPass(25);
        store.get(session.id());
        minutesPass(20);

        store.get(session.id());

        assertThat(redis.pttl(key(session))).as("PTTL after uses at 25 and 45 min: 15 min to the absolute end, not the 30 min idle timeout")
                .isBetween(890_000L, 900_000L);
    }

    @Test
    void attributes_can_be_set_on_a_live_session() {
        Session session = store.create("alice", Map.of());

        store.setAttribute(session.id(), "csrf", "t0k3n");

        assertThat(store.get(session.id()).map(Session::attributes)).as("attributes after setAttribute").contains(Map.of("csrf", "t0k3n"));
    }

    @Test
    void setting_an_attribute_on_an_unknown_session_is_refused() {
        assertThatExceptionOfType(UnknownSessionException.class)
                .as("setAttribute on a session id that was never created: refused with UnknownSessionException")
                .isThrownBy(() -> store.setAttribute("forged-id", "role", "admin"));
        assertThat(redis.exists(prefix + "session:forged-id")).as("keys created by the refused call").isZero();
    }

    @Test
    void an_unknown_id_reads_as_empty() {
        store.create("alice", Map.of());

        assertThat(store.get("forged-id")).as("get of an id that was never created").isEmpty();
    }

    @Test
    void logout_destroys_the_session() {
        Session session = store.create("alice", Map.of());
        Session other = store.create("alice", Map.of());

        assertThat(store.destroy(session.id())).as("destroy of a live session").isTrue();
        assertThat(store.get(session.id())).as("get after logout").isEmpty();
        assertThat(redis.smembers(prefix + "user:alice:sessions")).as("alice's session set after one logout").containsExactly(other.id());
        assertThat(store.destroy(session.id())).as("destroying it again").isFalse();
    }

    @Test
    void a_users_sessions_are_listed_oldest_first_and_dead_ids_pruned() {
        Session laptop = store.create("alice", Map.of("device", "laptop"));
        minutesPass(1);
        Session phone = store.create("alice", Map.of("device", "phone"));
        store.create("bob", Map.of());
        Session gone = store.create("alice", Map.of());
        redis.del(key(gone)); // what Redis does when a hash expires: the set still names it

        assertThat(store.listForUser("alice")).as("alice's sessions").extracting(Session::id).containsExactly(laptop.id(), phone.id());
        assertThat(redis.smembers(prefix + "user:alice:sessions")).as("alice's set after listing: the dead id is pruned")
                .containsExactlyInAnyOrder(laptop.id(), phone.id());
    }

    @Test
    void revoking_all_of_a_users_sessions_leaves_other_users_alone() {
        Session laptop = store.create("alice", Map.of());
        Session phone = store.create("alice", Map.of());
        Session bobs = store.create("bob", Map.of());

        assertThat(store.revokeAll("alice")).as("sessions revoked for alice").isEqualTo(2);
        assertThat(redis.exists(key(laptop), key(phone), prefix + "user:alice:sessions")).as("alice's keys after revokeAll").isZero();
        assertThat(store.get(laptop.id())).as("alice's laptop session").isEmpty();
        assertThat(store.get(bobs.id())).as("bob's session").isPresent();
    }
}
