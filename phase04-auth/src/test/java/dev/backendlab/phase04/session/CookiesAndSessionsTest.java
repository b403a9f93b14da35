package dev.backendlab.phase04.session;

import static dev.backendlab.phase04.session.SetCookieSerializer.serialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 4, title = "Cookies and sessions", topics = {"Cookies / Sessions"})
@DisplayName("Exercise 4: Cookies and sessions")
class CookiesAndSessionsTest {

    @Nested
    @DisplayName("Set-Cookie (RFC 6265 section 4.1)")
    class Serialising {

        @Test
        void a_bare_cookie_is_name_equals_value() {
            assertThat(serialize(SetCookie.of("theme", "dark"))).isEqualTo("theme=dark");
        }

        @Test
        void attributes_come_in_the_documented_order() {
            String header = serialize(SetCookie.of("sid", "abc123")
                    .withSameSite(SameSite.STRICT).withHttpOnly().withSecure()
                    .withExpires(Instant.parse("2026-12-24T18:30:00Z")).withMaxAge(Duration.ofHours(1))
                    .withPath("/app").withDomain("example.com"));
            assertThat(header).isEqualTo("sid=abc123; Domain=example.com; Path=/app; Max-Age=3600; "
                    + "Expires=Thu, 24 Dec 2026 18:30:00 GMT; Secure; HttpOnly; SameSite=Strict");
        }

        @Test
        void expires_is_an_imf_fixdate_with_a_two_digit_day() {
            assertThat(serialize(SetCookie.of("a", "b").withExpires(Instant.parse("2026-03-05T07:08:09Z"))))
                    .as("IMF-fixdate (RFC 9110 section 5.6.7): 'Thu, 05 Mar 2026 07:08:09 GMT'; "
                            + "DateTimeFormatter.RFC_1123_DATE_TIME would write '5 Mar'")
                    .isEqualTo("a=b; Expires=Thu, 05 Mar 2026 07:08:09 GMT");
        }

        @Test
        void max_age_zero_deletes_the_cookie() {
            assertThat(serialize(SetCookie.of("a", "").withMaxAge(Duration.ZERO))).isEqualTo("a=; Max-Age=0");
        }

        @Test
        void same_site_none_is_allowed_on_a_secure_cookie() {
            assertThat(serialize(SetCookie.of("a", "b").withSecure().withSameSite(SameSite.NONE)))
                    .isEqualTo("a=b; Secure; SameSite=None");
        }

        @Test
        void a_quoted_value_is_kept_as_is() {
            assertThat(serialize(SetCookie.of("a", "\"quoted\""))).isEqualTo("a=\"quoted\"");
        }

        @Test
        void a_secure_prefixed_cookie_with_secure_is_fine() {
            assertThat(serialize(SetCookie.of("__Secure-id", "1").withSecure().withDomain("example.com")))
                    .isEqualTo("__Secure-id=1; Domain=example.com; Secure");
        }

        @Test
        void a_host_prefixed_cookie_with_secure_path_slash_and_no_domain_is_fine() {
            assertThat(serialize(SetCookie.of("__Host-id", "1").withPath("/").withSecure()))
                    .isEqualTo("__Host-id=1; Path=/; Secure");
        }

        static Stream<Arguments> broken_rules() {
            return Stream.of(
                    Arguments.of("SameSite=None without Secure", SetCookie.of("a", "b").withSameSite(SameSite.NONE)),
                    Arguments.of("__Secure- without Secure", SetCookie.of("__Secure-id", "1")),
                    Arguments.of("__Host- without Secure", SetCookie.of("__Host-id", "1").withPath("/")),
                    Arguments.of("__Host- with a Domain", SetCookie.of("__Host-id", "1").withPath("/").withSecure().withDomain("example.com")),
                    Arguments.of("__Host- with Path=/app", SetCookie.of("__Host-id", "1").withPath("/app").withSecure()),
                    Arguments.of("__Host- without a Path", SetCookie.of("__Host-id", "1").withSecure()),
                    Arguments.of("__host- (prefixes match ignoring case) without Secure", SetCookie.of("__host-id", "1").withPath("/")),
                    Arguments.of("a Domain that smuggles an attribute", SetCookie.of("a", "b").withDomain("example.com; SameSite=None")),
                    Arguments.of("a Path with a line break", SetCookie.of("a", "b").withPath("/\r\nX-Evil: 1")),
                    Arguments.of("a negative Max-Age", SetCookie.of("a", "b").withMaxAge(Duration.ofSeconds(-1))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("broken_rules")
        void a_cookie_that_breaks_a_rule_is_refused(String rule, SetCookie cookie) {
            assertThatExceptionOfType(InvalidCookieException.class).as("%s must be an InvalidCookieException, never sent", rule)
                    .isThrownBy(() -> serialize(cookie));
        }

        @ParameterizedTest(name = "name \"{0}\"")
        @ValueSource(strings = {"", "a b", "a;b", "a=b", "a,b", "a\"b", "naïve", "a\tb"})
        void a_name_that_is_not_a_token_is_refused(String name) {
            assertThatExceptionOfType(InvalidCookieException.class)
                    .as("serialize(SetCookie.of(\"%s\", \"v\")): a cookie name is an RFC 9110 token, so this one is refused", name)
                    .isThrownBy(() -> serialize(SetCookie.of(name, "v")));
        }

        @ParameterizedTest(name = "value \"{0}\"")
        @ValueSource(strings = {"a b", "a;b", "a,b", "a\"b", "a\\b", "é", "a\u0001b", "\"unbalanced"})
        void a_value_outside_cookie_octets_is_refused(String value) {
            assertThatExceptionOfType(InvalidCookieException.class)
                    .as("cookie-octet excludes space, DQUOTE, ',', ';', '\\\\', controls and non-ASCII: encode first")
                    .isThrownBy(() -> serialize(SetCookie.of("a", value)));
        }
    }

    @Nested
    @DisplayName("Cookie header parsing")
    class Parsing {

        static Map<String, String> map(String... pairs) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
            }
            return map;
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"a=1; b=2", "a=1;b=2", "  a = 1 ;\tb=2  ", "a=1; b=2;"})
        void pairs_are_split_on_semicolons_and_trimmed(String header) {
            assertThat(CookieHeader.parse(header)).containsExactlyEntriesOf(map("a", "1", "b", "2"));
        }

        @Test
        void a_value_may_contain_equals_signs() {
            assertThat(CookieHeader.parse("token=abc==; x=y=z")).containsExactlyEntriesOf(map("token", "abc==", "x", "y=z"));
        }

        @Test
        void surrounding_double_quotes_are_removed() {
            assertThat(CookieHeader.parse("a=\"quoted\"; b=\"")).containsExactlyEntriesOf(map("a", "quoted", "b", "\""));
        }

        @Test
        void the_first_of_two_cookies_with_one_name_wins() {
            assertThat(CookieHeader.parse("sid=from-path-app; sid=from-root"))
                    .as("browsers send the cookie with the longest path first").containsExactlyEntriesOf(map("sid", "from-path-app"));
        }

        @Test
        void pieces_without_a_name_or_an_equals_sign_are_skipped() {
            assertThat(CookieHeader.parse("a=1; junk; =x; b=")).containsExactlyEntriesOf(map("a", "1", "b", ""));
        }

        @Test
        void no_header_means_no_cookies() {
            assertThat(CookieHeader.parse(null)).isEmpty();
            assertThat(CookieHeader.parse("   ")).isEmpty();
        }
    }

    @Nested
    @DisplayName("signed cookies")
    class Signed {

        final byte[] secret = "the server's cookie secret, 32+ bytes".getBytes(StandardCharsets.US_ASCII);
        final SignedCookies cookies = new SignedCookies(secret);

        String hmac(String value) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void sign_appends_a_dot_and_the_hmac_sha256() throws Exception {
            assertThat(cookies.sign("user=42")).isEqualTo("user=42." + hmac("user=42"));
        }

        @Test
        void unsign_returns_the_value_of_a_genuine_cookie_even_with_dots_in_it() {
            assertThat(cookies.unsign(cookies.sign("v1.cart.3"))).as("the signature starts after the LAST dot").contains("v1.cart.3");
        }

        @Test
        void a_changed_value_is_detected() {
            String signed = cookies.sign("role=user");
            assertThat(cookies.unsign(signed.replace("role=user", "role=admin"))).isEmpty();
        }

        @Test
        void a_changed_signature_is_detected() {
            String signed = cookies.sign("role=user");
            char last = signed.charAt(signed.length() - 5);
            String forged = signed.substring(0, signed.length() - 5) + (last == 'A' ? 'B' : 'A') + signed.substring(signed.length() - 4);
            assertThat(cookies.unsign(forged)).isEmpty();
        }

        @Test
        void a_cookie_signed_with_another_secret_is_rejected() {
            SignedCookies other = new SignedCookies("another secret entirely, 32+ bytes".getBytes(StandardCharsets.US_ASCII));
            assertThat(cookies.unsign(other.sign("role=admin"))).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "no-dot-at-all", "role=admin.", "role=admin.short", "."})
        void anything_else_is_rejected(String presented) {
            assertThat(cookies.unsign(presented)).isEmpty();
        }

        @Test
        void a_truncated_signature_is_rejected() {
            String signed = cookies.sign("role=user");
            assertThat(cookies.unsign(signed.substring(0, signed.length() - 1))).isEmpty();
        }
    }

    @Nested
    @DisplayName("server-side sessions")
    class Sessions {

        static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
        static final Duration IDLE = Duration.ofMinutes(30);
        static final Duration ABSOLUTE = Duration.ofHours(8);

        final TestClock clock = new TestClock(START);
        final SessionStore store = new SessionStore(clock, new SecureRandom(), IDLE, ABSOLUTE);

        @Test
        void a_new_session_is_anonymous_with_a_256_bit_id() {
            Session session = store.create();
            assertThat(session.id()).as("32 random bytes, Base64URL without padding").matches("[A-Za-z0-9_-]{43}");
            assertThat(session.userId()).as("nobody is logged in yet").isNull();
            assertThat(session.createdAt()).isEqualTo(START);
            assertThat(store.find(session.id())).containsSame(session);
        }

        @Test
        void session_ids_do_not_repeat() {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                ids.add(store.create().id());
            }
            assertThat(ids).hasSize(200);
        }

        @Test
        void login_issues_a_new_id_and_the_old_one_stops_working() {
            Session anonymous = store.create();
            anonymous.attributes().put("cart", "3 books");
            Session loggedIn = store.login(anonymous.id(), "ada");
            assertThat(loggedIn.id()).as("session fixation: an id the attacker planted before login must not become the user's session")
                    .isNotEqualTo(anonymous.id());
            assertThat(loggedIn.userId()).isEqualTo("ada");
            assertThat(loggedIn.attributes()).as("what the anonymous session held is carried over").containsEntry("cart", "3 books");
            assertThat(store.find(anonymous.id())).as("the pre-login id is destroyed").isEmpty();
            assertThat(store.find(loggedIn.id())).containsSame(loggedIn);
        }

        @Test
        void login_without_a_previous_session_starts_a_fresh_one() {
            Session session = store.login(null, "ada");
            assertThat(session.userId()).isEqualTo("ada");
            assertThat(session.attributes()).isEmpty();
            assertThat(store.find(session.id())).containsSame(session);
        }

        @Test
        void each_access_extends_the_idle_timeout() {
            Session session = store.login(null, "ada");
            clock.advance(IDLE.minusSeconds(1));
            assertThat(store.find(session.id())).as("29:59 after login").isPresent();
            clock.advance(IDLE.minusSeconds(1));
            assertThat(store.find(session.id())).as("29:59 after the last access (59:58 after login): the idle timeout slides").isPresent();
        }

        @Test
        void a_session_idle_for_the_idle_timeout_is_gone() {
            Session session = store.login(null, "ada");
            clock.advance(IDLE);
            assertThat(store.find(session.id())).as("exactly 30 min without a request").isEmpty();
            clock.advance(Duration.ofSeconds(-1));
            assertThat(store.find(session.id())).as("an expired session is removed, not merely hidden").isEmpty();
        }

        @Test
        void the_absolute_timeout_ends_even_a_busy_session() {
            Session session = store.login(null, "ada");
            for (int i = 0; i < 31; i++) {
                clock.advance(Duration.ofMinutes(15));
                assertThat(store.find(session.id())).as("access every 15 min, %d min in", 15 * (i + 1)).isPresent();
            }
            clock.advance(Duration.ofMinutes(15));
            assertThat(store.find(session.id())).as("8 hours after it was created, whatever the activity").isEmpty();
        }

        @Test
        void logout_destroys_the_session() {
            Session session = store.login(null, "ada");
            store.logout(session.id());
            assertThat(store.find(session.id())).isEmpty();
            store.logout("no-such-session");
            store.logout(null);
        }

        @Test
        void an_unknown_id_finds_nothing() {
            store.create();
            assertThat(store.find("A".repeat(43))).isEmpty();
            assertThat(store.find(null)).isEmpty();
        }

        @Test
        void the_session_cookie_is_host_prefixed_secure_http_only_and_lax() {
            Session session = store.login(null, "ada");
            assertThat(serialize(SessionCookies.issue(session.id())))
                    .isEqualTo("__Host-sid=" + session.id() + "; Path=/; Secure; HttpOnly; SameSite=Lax");
            assertThat(serialize(SessionCookies.clear())).isEqualTo("__Host-sid=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax");
        }
    }
}
