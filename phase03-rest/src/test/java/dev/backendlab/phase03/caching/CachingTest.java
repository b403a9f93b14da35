package dev.backendlab.phase03.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 10, title = "Caching", topics = {"Caching (ETag)"})
@DisplayName("Exercise 10: Caching")
class CachingTest {

    private static final String LAST_MODIFIED = "Thu, 01 Jan 2026 12:00:00 GMT";
    private static final Instant CHANGED = Instant.parse("2026-01-01T12:00:00Z");

    @Nested
    @DisplayName("entity tags and the order of preconditions")
    class Rules {

        @Test
        void a_strong_tag_is_a_quoted_digest_of_the_bytes() {
            String dune = EntityTags.strong("{\"title\":\"Dune\"}".getBytes(StandardCharsets.UTF_8));
            String again = EntityTags.strong("{\"title\":\"Dune\"}".getBytes(StandardCharsets.UTF_8));
            String other = EntityTags.strong("{\"title\":\"Dune!\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(dune).as("a strong tag: double quotes around 32 hex digits, no W/").matches("\"[0-9a-f]{32}\"");
            assertThat(again).as("the same bytes give the same tag").isEqualTo(dune);
            assertThat(other).as("one byte more gives another tag").isNotEqualTo(dune);
        }

        @Test
        void if_none_match_compares_weakly() {
            assertThat(EntityTags.weakMatch("\"a1\"", "\"a1\"")).as("the same tag").isTrue();
            assertThat(EntityTags.weakMatch("W/\"a1\"", "\"a1\"")).as("W/ is ignored in a weak comparison").isTrue();
            assertThat(EntityTags.weakMatch("\"x\", W/\"a1\"", "\"a1\"")).as("any tag of the list").isTrue();
            assertThat(EntityTags.weakMatch("*", "\"a1\"")).as("* matches any current tag").isTrue();
            assertThat(EntityTags.weakMatch("\"b2\"", "\"a1\"")).as("another tag").isFalse();
        }

        @Test
        void if_match_compares_strongly() {
            assertThat(EntityTags.strongMatch("\"a1\"", "\"a1\"")).as("the same strong tag").isTrue();
            assertThat(EntityTags.strongMatch("\"x\",\"a1\"", "\"a1\"")).as("any tag of the list").isTrue();
            assertThat(EntityTags.strongMatch("W/\"a1\"", "\"a1\"")).as("a weak tag never matches strongly").isFalse();
            assertThat(EntityTags.strongMatch("*", "\"a1\"")).as("* matches any current tag").isTrue();
        }

        @ParameterizedTest(name = "{0} with If-Match={1}, If-None-Match={2}, If-Modified-Since={3}, If-Unmodified-Since={4}: {5}")
        @CsvSource(nullValues = "-", value = {
            // If-Match is evaluated first, and when present If-Unmodified-Since is ignored.
            "PUT,    '\"cur\"', -,         -,                               'Thu, 01 Jan 2026 11:00:00 GMT', PROCEED",
            "PUT,    '\"old\"', -,         -,                               -,                              PRECONDITION_FAILED",
            "PUT,    -,         -,         -,                               'Thu, 01 Jan 2026 11:00:00 GMT', PRECONDITION_FAILED",
            "PUT,    -,         -,         -,                               'Thu, 01 Jan 2026 12:00:00 GMT', PROCEED",
            "PUT,    -,         -,         -,                               'not a date',                   PROCEED",
            "DELETE, -,         -,         -,                               -,                              PRECONDITION_REQUIRED",
            // A failed If-Match beats a matching If-None-Match.
            "GET,    '\"old\"', '\"cur\"', -,                               -,                              PRECONDITION_FAILED",
            "GET,    -,         '\"cur\"', -,                               -,                              NOT_MODIFIED",
            "HEAD,   -,         '*',       -,                               -,                              NOT_MODIFIED",
            "PUT,    '\"cur\"', '*',       -,                               -,                              PRECONDITION_FAILED",
            // If-None-Match present: If-Modified-Since is ignored.
            "GET,    -,         '\"old\"', 'Thu, 01 Jan 2026 13:00:00 GMT', -,                              PROCEED",
            "GET,    -,         -,         'Thu, 01 Jan 2026 13:00:00 GMT', -,                              NOT_MODIFIED",
            "GET,    -,         -,         'Thu, 01 Jan 2026 11:00:00 GMT', -,                              PROCEED",
            "GET,    -,         -,         'yesterday',                     -,                              PROCEED",
        })
        void preconditions_are_evaluated_in_the_order_of_rfc_9110_section_13_2_2(String method, String ifMatch,
                String ifNoneMatch, String ifModifiedSince, String ifUnmodifiedSince, Outcome expected) {
            Outcome outcome = Preconditions.evaluate(method.trim(),
                    new Conditions(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince), "\"cur\"", CHANGED);

            assertThat(outcome).as("resource tag \"cur\", last modified %s", LAST_MODIFIED).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("over HTTP")
    class OverHttp {

        private final TestClock clock = new TestClock(CHANGED);
        private Api api;

        @BeforeEach
        void serve() {
            CachedBooksApi books = new CachedBooksApi(clock);
            books.add("Dune", "Frank Herbert", 1965);
            clock.advance(Duration.ofMinutes(5));
            api = Api.serve(books.router());
        }

        @AfterEach
        void stop() {
            api.close();
        }

        private HttpReply read() {
            HttpReply reply = api.get("/books/1");
            assertThat(reply.status()).as(reply.says("GET /books/1: 200")).isEqualTo(200);
            return reply;
        }

        @Test
        void a_get_carries_validators_and_deliberate_cache_headers() {
            HttpReply got = read();

            assertThat(got.header("ETag")).as(got.says("a strong ETag: the digest of the body sent"))
                    .isEqualTo(EntityTags.strong(got.bodyBytes()));
            assertThat(got.header("Last-Modified")).as(got.says("when the book last changed, as an HTTP-date"))
                    .isEqualTo(LAST_MODIFIED);
            assertThat(got.header("Cache-Control")).as(got.says("no-cache: a cache may store it but must revalidate each time"))
                    .isEqualTo("no-cache");
            assertThat(got.header("Vary")).as(got.says("the representation depends on Accept")).isEqualTo("Accept");
        }

        @Test
        void a_current_copy_gets_304_without_a_body() {
            String tag = read().header("ETag");

            HttpReply notModified = api.get("/books/1", "If-None-Match", tag);

            assertThat(notModified.status()).as(notModified.says("the client's copy is current: 304")).isEqualTo(304);
            assertThat(notModified.body()).as(notModified.says("a 304 has no body")).isEmpty();
            assertThat(notModified.header("ETag")).as(notModified.says("but the headers a 200 would have (RFC 9110 section 15.4.5)"))
                    .isEqualTo(tag);
            assertThat(notModified.header("Cache-Control")).as(notModified.says("Cache-Control too")).isEqualTo("no-cache");
            assertThat(notModified.header("Vary")).as(notModified.says("and Vary")).isEqualTo("Accept");
        }

        @Test
        void head_weak_tags_and_star_revalidate_too() {
            String tag = read().header("ETag");

            HttpReply head = api.call("HEAD", "/books/1", (String) null, "If-None-Match", tag);
            HttpReply weak = api.get("/books/1", "If-None-Match", "W/" + tag);
            HttpReply star = api.get("/books/1", "If-None-Match", "*");
            HttpReply stale = api.get("/books/1", "If-None-Match", "\"0000\"");

            assertThat(head.status()).as(head.says("HEAD revalidates like GET")).isEqualTo(304);
            assertThat(weak.status()).as(weak.says("If-None-Match compares weakly: W/ is ignored")).isEqualTo(304);
            assertThat(star.status()).as(star.says("* matches any current representation")).isEqualTo(304);
            assertThat(stale.status()).as(stale.says("an old tag: the full 200")).isEqualTo(200);
        }

        @Test
        void if_modified_since_gives_304_unless_if_none_match_is_there() {
            HttpReply notModified = api.get("/books/1", "If-Modified-Since", "Thu, 01 Jan 2026 12:03:00 GMT");
            HttpReply tagWins = api.get("/books/1", "If-None-Match", "\"0000\"", "If-Modified-Since", "Thu, 01 Jan 2026 12:03:00 GMT");

            assertThat(notModified.status()).as(notModified.says("not changed since 12:03: 304")).isEqualTo(304);
            assertThat(tagWins.status()).as(tagWins.says("If-None-Match present: If-Modified-Since is ignored (section 13.2.2)"))
                    .isEqualTo(200);
        }

        @Test
        void a_write_without_a_precondition_is_428_and_changes_nothing() {
            HttpReply blind = api.json("PUT", "/books/1", "{\"title\":\"Dune\",\"author\":\"F. Herbert\",\"year\":1965}");

            assertThat(blind.status()).as(blind.says("this API refuses unconditional writes: 428 Precondition Required"))
                    .isEqualTo(428);
            assertThat(read().json().path("author").asText()).as("the book is unchanged").isEqualTo("Frank Herbert");
        }

        @Test
        void a_write_with_the_current_tag_succeeds_and_returns_the_new_tag() {
            String tag = read().header("ETag");
            clock.advance(Duration.ofMinutes(1));

            HttpReply put = api.json("PUT", "/books/1", "{\"title\":\"Dune\",\"author\":\"F. Herbert\",\"year\":1965}", "If-Match", tag);

            assertThat(put.status()).as(put.says("If-Match with the current tag: 200")).isEqualTo(200);
            assertThat(put.header("ETag")).as(put.says("the new tag, of the new body")).isEqualTo(EntityTags.strong(put.bodyBytes()))
                    .isNotEqualTo(tag);
            assertThat(put.header("Last-Modified")).as(put.says("changed now")).isEqualTo("Thu, 01 Jan 2026 12:06:00 GMT");
            assertThat(put.header("Cache-Control")).as(put.says("a write's response is not for caches")).isEqualTo("no-store");
        }

        @Test
        void two_clients_cannot_overwrite_each_other() {
            Api bob = api.secondClient();
            String aliceSaw = read().header("ETag");
            HttpReply bobRead = bob.get("/books/1");
            String bobSaw = bobRead.header("ETag");

            HttpReply alice = api.json("PUT", "/books/1", "{\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1966}", "If-Match", aliceSaw);
            HttpReply lost = bob.json("PATCH", "/books/1", "{\"title\":\"Dune (Bob's edit)\"}", "If-Match", bobSaw);

            assertThat(alice.status()).as(alice.says("Alice writes first, with the tag she read: 200")).isEqualTo(200);
            assertThat(lost.status()).as(lost.says("Bob writes with the tag of the version Alice replaced: 412, or Alice's change is lost"))
                    .isEqualTo(412);
            HttpReply now = read();
            assertThat(now.json().path("year").asInt()).as(now.says("Alice's change stands")).isEqualTo(1966);
            assertThat(now.json().path("title").asText()).as(now.says("Bob's did not land")).isEqualTo("Dune");
        }

        @Test
        void a_stale_patch_or_delete_is_412_and_a_current_delete_is_204() {
            String old = read().header("ETag");
            HttpReply changed = api.json("PATCH", "/books/1", "{\"year\":1966}", "If-Match", old);

            HttpReply stalePatch = api.json("PATCH", "/books/1", "{\"year\":1967}", "If-Match", old);
            HttpReply staleDelete = api.delete("/books/1", "If-Match", old);
            HttpReply delete = api.delete("/books/1", "If-Match", changed.header("ETag"));

            assertThat(changed.status()).as(changed.says("a PATCH with the current tag: 200")).isEqualTo(200);
            assertThat(stalePatch.status()).as(stalePatch.says("a PATCH with an old tag: 412")).isEqualTo(412);
            assertThat(staleDelete.status()).as(staleDelete.says("a DELETE with an old tag: 412")).isEqualTo(412);
            assertThat(delete.status()).as(delete.says("a DELETE with the current tag: 204")).isEqualTo(204);
            assertThat(api.get("/books/1").status()).as("and then it is gone").isEqualTo(404);
        }
    }
}
