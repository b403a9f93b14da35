package dev.backendlab.phase04.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.RawHttpConnection;
import dev.backendlab.grader.fixtures.RawResponse;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.grader.fixtures.http.TestHttpClient;
import dev.backendlab.phase04.rbac.Principal;
import dev.backendlab.web.Json;
import dev.backendlab.web.WebServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 8, title = "Protecting an API", topics = {"RBAC", "Authorization Header"})
@DisplayName("Exercise 8: Protecting an API")
class ProtectingAnApiTest {

    static final String REALM = "books";
    static final String BARE_CHALLENGE = "Bearer realm=\"books\"";
    static final String INVALID_REQUEST = "Bearer realm=\"books\", error=\"invalid_request\"";
    static final String INVALID_TOKEN = "Bearer realm=\"books\", error=\"invalid_token\"";

    static final String VIEWER_TOKEN = "vera.viewer.T0k3n-9f2c";
    static final String ALICE_TOKEN = "alice.author.Qx7_z~4k+/=";
    static final String EDITOR_TOKEN = "ed.editor.c2VjcmV0LWVk";
    static final String ADMIN_TOKEN = "root.admin.YWRtaW4tdG9rZW4";
    static final String EXPIRED_TOKEN = "expired.Zm9vYmFyYmF6cXV4";

    static final Map<String, Principal> TOKENS = Map.of(
            VIEWER_TOKEN, new Principal("vera", Set.of("viewer")),
            ALICE_TOKEN, new Principal("alice", Set.of("author")),
            EDITOR_TOKEN, new Principal("ed", Set.of("editor")),
            ADMIN_TOKEN, new Principal("root", Set.of("admin")));

    final List<String> verified = new CopyOnWriteArrayList<>();
    BooksApi api;
    WebServer server;
    // One client per test: no pooled connection outlives the server it was opened to.
    TestHttpClient client;

    @BeforeEach
    void start() {
        api = new BooksApi();
        TokenVerifier verifier = token -> {
            verified.add(token);
            if (token.equals(EXPIRED_TOKEN)) {
                throw new InvalidTokenException("token " + token + " expired at 2026-01-01T00:00:00Z");
            }
            Principal principal = TOKENS.get(token);
            if (principal == null) {
                throw new InvalidTokenException("unknown token " + token);
            }
            return principal;
        };
        server = WebServer.start(api.router(new BearerAuthMiddleware(verifier, BooksApi.POLICY, api::requirementFor, REALM)));
        client = TestHttpClient.to(server.uri("/"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Nested
    @DisplayName("who is calling: 401 and 400")
    class Authentication {

        @Test
        void no_credentials_get_401_with_the_bare_bearer_challenge() throws Exception {
            HttpReply response = send("GET", "/books", null, null);

            assertRefused(response, "GET /books without Authorization", 401, BARE_CHALLENGE, "{\"error\":\"unauthorized\"}");
            assertThat(verified).as("no token, nothing to verify").isEmpty();
        }

        @Test
        void an_empty_authorization_header_counts_as_none() throws Exception {
            try (RawHttpConnection connection = RawHttpConnection.open(server.port())) {
                RawResponse response = connection.send("GET /books HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: \r\nConnection: close\r\n\r\n").readResponse();

                assertThat(response.status()).as("an empty Authorization value carries no credentials: 401\n%s",
                        connection.transcript()).isEqualTo(401);
                assertThat(response.header("WWW-Authenticate")).as("the bare challenge (RFC 6750 section 3.1)\n%s",
                        connection.transcript()).isEqualTo(BARE_CHALLENGE);
            }
        }

        @Test
        void another_scheme_gets_401_with_the_bearer_challenge_and_the_password_is_not_echoed() throws Exception {
            String basic = Base64.getEncoder().encodeToString("alice:s3cr3t-Pa55".getBytes(StandardCharsets.UTF_8));
            HttpReply response = send("GET", "/books", "Basic " + basic, null);

            assertRefused(response, "GET /books with Basic credentials (this API takes bearer tokens only)",
                    401, BARE_CHALLENGE, "{\"error\":\"unauthorized\"}");
            assertNothingEchoed(response, basic, "s3cr3t-Pa55");
            assertThat(verified).as("Basic credentials are no bearer token: the verifier is not asked").isEmpty();
        }

        @ParameterizedTest(name = "Authorization: {0}")
        @ValueSource(strings = {"Bearer", "Bearer two tokens", "Bearer tok@en", "Bearer =abc", "Bearer abc==x", "Bearer \"quoted\""})
        void malformed_bearer_credentials_get_400_invalid_request(String header) throws Exception {
            HttpReply response = send("GET", "/books", header, null);

            assertRefused(response, "GET /books with Authorization: " + header
                            + " (RFC 6750 section 2.1: Bearer 1*SP token68, token68 = [A-Za-z0-9-._~+/]+=*)",
                    400, INVALID_REQUEST, "{\"error\":\"invalid_request\"}");
            assertThat(verified).as("a malformed header is refused before any verification").isEmpty();
        }

        @Test
        void two_authorization_headers_get_400_invalid_request() throws Exception {
            try (RawHttpConnection connection = RawHttpConnection.open(server.port())) {
                RawResponse response = connection.send("GET /books HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + VIEWER_TOKEN + "\r\n"
                        + "Authorization: Bearer " + ADMIN_TOKEN + "\r\nConnection: close\r\n\r\n").readResponse();

                assertThat(response.status()).as("two sets of credentials are an invalid request (RFC 6750 section 3.1): 400\n%s",
                        connection.transcript()).isEqualTo(400);
                assertThat(response.header("WWW-Authenticate")).as("the challenge\n%s", connection.transcript())
                        .isEqualTo(INVALID_REQUEST);
                assertThat(response.bodyText()).as("no token in the body\n%s", connection.transcript())
                        .doesNotContain(VIEWER_TOKEN).doesNotContain(ADMIN_TOKEN);
            }
        }

        @Test
        void a_non_ascii_byte_in_the_token_gets_400_invalid_request() throws Exception {
            try (RawHttpConnection connection = RawHttpConnection.open(server.port())) {
                byte[] head = ("GET /books HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\u00f6ken\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                RawResponse response = connection.send(head).readResponse();

                assertThat(response.status()).as("byte 0xF6 is no token68 character: 400\n%s", connection.transcript())
                        .isEqualTo(400);
                assertThat(response.header("WWW-Authenticate")).as("the challenge\n%s", connection.transcript())
                        .isEqualTo(INVALID_REQUEST);
            }
        }

        @Test
        void an_unknown_token_gets_401_invalid_token() throws Exception {
            HttpReply response = send("DELETE", "/books/1", "Bearer forged.token.abc", null);

            assertRefused(response, "DELETE /books/1 with a token the verifier does not know",
                    401, INVALID_TOKEN, "{\"error\":\"invalid_token\"}");
            assertThat(verified).as("the verifier gets exactly the token68 value").containsExactly("forged.token.abc");
            assertThat(api.book("1")).as("a refused DELETE leaves the book in place").isPresent();
        }

        @Test
        void an_expired_token_gets_401_invalid_token_and_neither_token_nor_reason_is_echoed() throws Exception {
            HttpReply response = send("GET", "/books", "Bearer " + EXPIRED_TOKEN, null);

            assertRefused(response, "GET /books with a token the verifier refuses as expired",
                    401, INVALID_TOKEN, "{\"error\":\"invalid_token\"}");
            assertNothingEchoed(response, EXPIRED_TOKEN, "expired at");
        }

        @Test
        void the_scheme_is_case_insensitive_and_a_valid_token_reaches_the_route() throws Exception {
            HttpReply response = send("GET", "/books", "bEARER " + VIEWER_TOKEN, null);

            assertThat(response.status()).as("RFC 9110 section 11.1: auth schemes are case-insensitive; GET /books with "
                    + "'bEARER <viewer token>' expected 200, body: %s", response.body()).isEqualTo(200);
            assertThat(titles(Json.readTree(response.body().getBytes(StandardCharsets.UTF_8))))
                    .as("the route's answer").containsExactly("Notes on Dune", "A Year of Bread");
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("no challenge on a 200").isEmpty();
            assertThat(verified).containsExactly(VIEWER_TOKEN);
        }
    }

    @Nested
    @DisplayName("may they: 403 and the roles over HTTP")
    class Authorization {

        @Test
        void a_viewer_reads_but_an_update_gets_403_insufficient_scope() throws Exception {
            assertThat(send("GET", "/books/1", "Bearer " + VIEWER_TOKEN, null).status())
                    .as("a viewer has books:read: GET /books/1").isEqualTo(200);

            HttpReply response = send("PUT", "/books/1", "Bearer " + VIEWER_TOKEN, "{\"title\":\"Hacked\"}");

            assertRefused(response, "PUT /books/1 as a viewer", 403,
                    "Bearer realm=\"books\", error=\"insufficient_scope\", scope=\"books:update\"",
                    "{\"error\":\"insufficient_scope\",\"scope\":\"books:update\"}");
            assertNothingEchoed(response, VIEWER_TOKEN);
            assertThat(api.book("1").orElseThrow().title()).as("the refused update changed nothing").isEqualTo("Notes on Dune");
        }

        @Test
        void an_author_edits_their_own_book_and_the_route_sees_who() throws Exception {
            HttpReply response = send("PUT", "/books/1", "Bearer " + ALICE_TOKEN, "{\"title\":\"Dune, annotated\"}");

            assertThat(response.status()).as("alice (author, books:update:own) updates book 1, which she wrote; body: %s",
                    response.body()).isEqualTo(200);
            assertThat(Json.readTree(response.body().getBytes(StandardCharsets.UTF_8)).path("updatedBy").asText())
                    .as("the route reads the caller from the exchange attribute \"%s\"", BooksApi.PRINCIPAL).isEqualTo("alice");
            assertThat(api.book("1").orElseThrow().title()).isEqualTo("Dune, annotated");
        }

        @Test
        void an_author_cannot_edit_another_authors_book() throws Exception {
            HttpReply response = send("PUT", "/books/2", "Bearer " + ALICE_TOKEN, "{\"title\":\"Mine now\"}");

            assertRefused(response, "PUT /books/2 (bob's book) as alice, an author", 403,
                    "Bearer realm=\"books\", error=\"insufficient_scope\", scope=\"books:update\"",
                    "{\"error\":\"insufficient_scope\",\"scope\":\"books:update\"}");
            assertThat(api.book("2").orElseThrow()).as("bob's book is untouched")
                    .isEqualTo(new BooksApi.Book("2", "A Year of Bread", "bob", "bob"));
        }

        @Test
        void owning_a_book_does_not_grant_deleting_it() throws Exception {
            HttpReply response = send("DELETE", "/books/1", "Bearer " + ALICE_TOKEN, null);

            assertRefused(response, "DELETE /books/1 as alice (she owns it, but authors have books:update:own only)", 403,
                    "Bearer realm=\"books\", error=\"insufficient_scope\", scope=\"books:delete\"",
                    "{\"error\":\"insufficient_scope\",\"scope\":\"books:delete\"}");
            assertThat(api.book("1")).isPresent();
        }

        @ParameterizedTest(name = "{0}: GET {1}, PUT {2}, DELETE {3}")
        @CsvSource({
            "viewer, 200, 403, 403",
            "editor, 200, 200, 403",
            "admin,  200, 200, 204",
        })
        void admin_includes_editor_includes_viewer(String role, int get, int put, int delete) throws Exception {
            String token = switch (role) {
                case "viewer" -> VIEWER_TOKEN;
                case "editor" -> EDITOR_TOKEN;
                default -> ADMIN_TOKEN;
            };
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (String[] request : new String[][] {{"GET", null}, {"PUT", "{\"title\":\"Revised\"}"}, {"DELETE", null}}) {
                HttpReply response = send(request[0], "/books/2", "Bearer " + token, request[1]);
                statuses.add(response.status());
                bodies.add(request[0] + " -> " + response.status() + " " + response.body());
            }

            assertThat(statuses).as("GET, PUT, DELETE on /books/2 (bob's) as %s: admin includes editor includes viewer, "
                    + "only admin has books:delete; answers: %s", role, bodies).containsExactly(get, put, delete);
            assertThat(api.book("2").map(BooksApi.Book::updatedBy).orElse("(deleted)"))
                    .as("what the store shows afterwards")
                    .isEqualTo(delete == 204 ? "(deleted)" : put == 200 ? TOKENS.get(token).userId() : "bob");
        }
    }

    @Test
    void credentials_never_appear_in_responses_or_logs() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + List.of(
                        record.getParameters() == null ? new Object[0] : record.getParameters()) + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<String> answers = new ArrayList<>();
        try {
            String basic = Base64.getEncoder().encodeToString("alice:hunter2-Secret".getBytes(StandardCharsets.UTF_8));
            for (String[] request : new String[][] {
                {"Bearer " + EXPIRED_TOKEN, "401"},
                {"Bearer wrong.c2VjcmV0LXdyb25n", "401"},
                {"Bearer sec#ret-Malformed", "400"},
                {"Basic " + basic, "401"},
                {"Bearer " + VIEWER_TOKEN, "403"},
            }) {
                HttpReply response = send("DELETE", "/books/1", request[0], null);
                answers.add(request[0] + " -> " + response.status() + " " + response.headers().map() + " " + response.body());
                assertThat(response.status()).as("DELETE /books/1 with Authorization: %s", request[0])
                        .isEqualTo(Integer.parseInt(request[1]));
            }
        } finally {
            root.removeHandler(capture);
        }
        List<String> leaks = new ArrayList<>();
        for (String secret : List.of(EXPIRED_TOKEN, "c2VjcmV0LXdyb25n", "sec#ret", "hunter2", "YWxpY2U6aHVudGVy", VIEWER_TOKEN)) {
            answers.stream().filter(answer -> answer.substring(answer.indexOf(" -> ")).contains(secret))
                    .forEach(answer -> leaks.add("the response repeats \"" + secret + "\": " + answer));
            logged.stream().filter(line -> line.contains(secret))
                    .forEach(line -> leaks.add("a log record holds \"" + secret + "\": " + line));
        }
        assertThat(leaks).as("no response (status, headers, body) and no log record may hold the credentials "
                + "or the verifier's reason; found").isEmpty();
        assertThat(api.book("1")).as("every DELETE was refused").isPresent();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    HttpReply send(String method, String path, String authorization, String json) {
        List<String> headers = new ArrayList<>();
        if (json != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        if (authorization != null) {
            headers.addAll(List.of("Authorization", authorization));
        }
        return client.call(method, path, json, headers.toArray(String[]::new));
    }

    static void assertRefused(HttpReply response, String request, int status, String challenge, String body)
            throws IOException {
        String seen = response.status() + " " + response.headers().map() + " " + response.body();
        assertThat(response.status()).as("%s: expected status %d, got: %s", request, status, seen).isEqualTo(status);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .as("%s: exactly one WWW-Authenticate header, written exactly as the Javadoc says (RFC 6750 section 3); got: %s",
                        request, seen)
                .containsExactly(challenge);
        JsonNode actual = Json.readTree(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(actual).as("%s: the JSON body", request).isEqualTo(Json.readTree(body.getBytes(StandardCharsets.UTF_8)));
    }

    static void assertNothingEchoed(HttpReply response, String... secrets) {
        String everything = response.headers().map() + " " + response.body();
        for (String secret : secrets) {
            assertThat(everything).as("the response must not repeat \"%s\" (credentials, or what the verifier said about them)",
                    secret).doesNotContain(secret);
        }
    }

    static List<String> titles(JsonNode books) {
        List<String> titles = new ArrayList<>();
        books.forEach(book -> titles.add(book.path("title").asText()));
        return titles;
    }
}
