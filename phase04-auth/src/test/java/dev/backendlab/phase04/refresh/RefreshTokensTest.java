package dev.backendlab.phase04.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.phase04.refresh.RefreshTokenException.Reason;
import dev.backendlab.phase04.refresh.StoredRefreshToken.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 3, title = "Refresh tokens", topics = {"Refresh Tokens"})
@DisplayName("Exercise 3: Refresh tokens")
class RefreshTokensTest {

    static final Instant LOGIN = Instant.parse("2026-01-15T10:00:00Z");
    static final Duration IDLE = Duration.ofDays(1);
    static final Duration ABSOLUTE = Duration.ofDays(30);

    final TestClock clock = new TestClock(LOGIN);
    final RefreshTokenStore store = new RefreshTokenStore();
    final RefreshTokenService service = new RefreshTokenService(store, clock, new SecureRandom(), IDLE, ABSOLUTE);

    static String sha256(String token) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    Reason refused(String token) {
        RefreshTokenException e = catchThrowableOfType(RefreshTokenException.class, () -> service.rotate(token));
        assertThat(e).as("rotate(%s) must be refused with a RefreshTokenException, it returned a new token", token).isNotNull();
        return e.reason();
    }

    StoredRefreshToken row(String token) throws Exception {
        return store.findByHash(sha256(token)).orElseThrow(() -> new AssertionError("no row stored under SHA-256 of " + token));
    }

    @Test
    void a_token_is_256_random_bits_in_base64url() {
        String token = service.issue("ada");
        assertThat(token).as("32 bytes in Base64URL without padding are 43 characters of [A-Za-z0-9_-]").matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(service.issue("ada"));
        }
        assertThat(tokens).as("200 tokens issued, all different").hasSize(200);
    }

    @Test
    void the_store_holds_only_the_sha256_of_the_token() throws Exception {
        String token = service.issue("ada");
        assertThat(store.all()).as("one row per issued token").hasSize(1);
        StoredRefreshToken row = store.all().get(0);
        assertThat(row.tokenHash()).as("tokenHash = Base64URL(SHA-256(token)), so a leaked table holds no usable token").isEqualTo(sha256(token));
        assertThat(row.toString()).as("no field of the stored row may contain the token itself").doesNotContain(token);
        assertThat(row).extracting(StoredRefreshToken::userId, StoredRefreshToken::issuedAt, StoredRefreshToken::familyStartedAt,
                StoredRefreshToken::status).containsExactly("ada", LOGIN, LOGIN, Status.ACTIVE);
    }

    @Test
    void rotation_spends_the_token_and_hands_out_a_new_one_in_the_same_family() throws Exception {
        String first = service.issue("ada");
        clock.advance(Duration.ofHours(1));
        Rotation rotation = service.rotate(first);
        assertThat(rotation.userId()).isEqualTo("ada");
        assertThat(rotation.refreshToken()).as("a new token").isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(row(first).status()).as("the presented token is spent").isEqualTo(Status.USED);
        StoredRefreshToken next = row(rotation.refreshToken());
        assertThat(next.familyId()).as("the new token continues the same family").isEqualTo(row(first).familyId());
        assertThat(next.issuedAt()).as("issued now").isEqualTo(LOGIN.plus(Duration.ofHours(1)));
        assertThat(next.familyStartedAt()).as("the family still started at the login").isEqualTo(LOGIN);
        assertThat(next.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void a_chain_of_rotations_keeps_working() {
        String token = service.issue("ada");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofHours(12));
            token = service.rotate(token).refreshToken();
        }
        assertThat(service.rotate(token).userId()).isEqualTo("ada");
    }

    @Test
    void reusing_a_spent_token_revokes_the_whole_family() throws Exception {
        String stolen = service.issue("ada");
        String legit = service.rotate(stolen).refreshToken();
        assertThat(refused(stolen)).as("a spent token presented again: someone else has a copy").isEqualTo(Reason.REUSED);
        assertThat(store.family(row(stolen).familyId())).as("every token of the family is revoked")
                .extracting(StoredRefreshToken::status).containsOnly(Status.REVOKED);
        assertThat(refused(legit)).as("so the newest token, whoever holds it, no longer works").isEqualTo(Reason.REVOKED);
    }

    @Test
    void reuse_in_one_family_leaves_the_user_s_other_sessions_alone() {
        String laptop = service.issue("ada");
        String phone = service.issue("ada");
        service.rotate(laptop);
        refused(laptop);
        assertThat(service.rotate(phone).userId()).as("another login (another family) of the same user").isEqualTo("ada");
    }

    @Test
    void an_unknown_token_is_refused_and_changes_nothing() {
        String token = service.issue("ada");
        List<StoredRefreshToken> before = store.all();
        assertThat(refused("A".repeat(43))).isEqualTo(Reason.UNKNOWN);
        assertThat(store.all()).as("the store is untouched").containsExactlyInAnyOrderElementsOf(before);
        assertThat(service.rotate(token).userId()).isEqualTo("ada");
    }

    @Test
    void a_token_unused_for_the_idle_lifetime_expires() {
        String token = service.issue("ada");
        clock.advance(IDLE);
        assertThat(refused(token)).as("used exactly one idle lifetime (1 day) after it was issued").isEqualTo(Reason.IDLE_TIMEOUT);
    }

    @Test
    void a_token_used_just_within_the_idle_lifetime_rotates() {
        String token = service.issue("ada");
        clock.advance(IDLE.minusSeconds(1));
        assertThat(service.rotate(token).userId()).isEqualTo("ada");
    }

    @Test
    void the_absolute_lifetime_ends_the_family_however_often_it_rotated() {
        String token = service.issue("ada");
        for (int i = 0; i < 29; i++) {
            clock.advance(Duration.ofHours(23));
            token = service.rotate(token).refreshToken();
        }
        clock.advance(ABSOLUTE.minus(Duration.ofHours(23L * 29)));
        assertThat(refused(token)).as("30 days after the login, rotated every 23 h: the user must log in again")
                .isEqualTo(Reason.ABSOLUTE_TIMEOUT);
    }

    @Test
    void logout_revokes_the_family() throws Exception {
        String token = service.issue("ada");
        String current = service.rotate(token).refreshToken();
        service.logout(current);
        assertThat(store.family(row(token).familyId())).extracting(StoredRefreshToken::status).containsOnly(Status.REVOKED);
        assertThat(refused(current)).isEqualTo(Reason.REVOKED);
    }

    @Test
    void logout_on_one_device_keeps_the_other_logged_in() {
        String laptop = service.issue("ada");
        String phone = service.issue("ada");
        service.logout(laptop);
        assertThat(refused(laptop)).isEqualTo(Reason.REVOKED);
        assertThat(service.rotate(phone).userId()).isEqualTo("ada");
    }

    @Test
    void two_concurrent_rotations_of_one_token_give_one_new_token() throws Exception {
        String token = service.issue("ada");
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Object> rotate = () -> {
                    start.await();
                    try {
                        return service.rotate(token);
                    } catch (RefreshTokenException e) {
                        return e.reason();
                    }
                };
                results.add(pool.submit(rotate));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(5, TimeUnit.SECONDS));
            }
            assertThat(outcomes).as("the same token presented by %d threads at once: exactly one rotation may succeed", racers)
                    .filteredOn(Rotation.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
