package dev.backendlab.phase15.handshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 1, title = "Handshake", topics = {"ws"})
class HandshakeTest {

    private static final String RFC_KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    private static final String RFC_ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
    private static final String ALLOWED_ORIGIN = "https://chat.example";

    private final WebSocketHandshake handshake = new WebSocketHandshake(
            new HandshakePolicy(Set.of(ALLOWED_ORIGIN), List.of("v1.chat", "v2.chat")));

    @Test
    void accept_key_of_the_rfc_section_1_3_example() {
        assertThat(WebSocketHandshake.acceptKey(RFC_KEY))
                .as("RFC 6455 section 1.3: the key %s must give Sec-WebSocket-Accept %s", RFC_KEY, RFC_ACCEPT)
                .isEqualTo(RFC_ACCEPT);
    }

    @Test
    void accept_key_is_base64_of_sha1_of_key_and_guid() throws Exception {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        String actual = WebSocketHandshake.acceptKey(key);
        String expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest((key + WebSocketHandshake.GUID).getBytes(StandardCharsets.US_ASCII)));
        assertThat(actual)
                .as("Sec-WebSocket-Accept = base64(SHA-1(key + \"%s\")) for key %s", WebSocketHandshake.GUID, key)
                .isEqualTo(expected);
    }

    @Test
    void a_valid_request_is_switched_to_websocket() {
        HandshakeRequest request = valid();
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status()).as(explain(request, response, "101 Switching Protocols")).isEqualTo(101);
        assertThat(response.header("Upgrade")).as(explain(request, response, "Upgrade: websocket")).contains("websocket");
        assertThat(response.header("Connection")).as(explain(request, response, "Connection: Upgrade")).contains("Upgrade");
        assertThat(response.header("Sec-WebSocket-Accept"))
                .as(explain(request, response, "Sec-WebSocket-Accept: " + RFC_ACCEPT)).contains(RFC_ACCEPT);
        assertThat(response.header("Sec-WebSocket-Protocol"))
                .as(explain(request, response, "no Sec-WebSocket-Protocol: the client offered none")).isEmpty();
    }

    @Test
    void connection_header_may_carry_other_tokens() {
        HandshakeRequest request = valid("Connection", "keep-alive, Upgrade");
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "101: Connection is a token list, as browsers send it (RFC 6455 4.2.1)"))
                .isEqualTo(101);
    }

    @Test
    void upgrade_and_connection_tokens_ignore_case() {
        HandshakeRequest request = valid("Upgrade", "WebSocket", "Connection", "upgrade");
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "101: the Upgrade value and Connection token are case-insensitive"))
                .isEqualTo(101);
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                Arguments.of("method POST", valid().withRequestLine("POST", "HTTP/1.1")),
                Arguments.of("protocol HTTP/1.0", valid().withRequestLine("GET", "HTTP/1.0")),
                Arguments.of("no Upgrade header", without(valid(), "upgrade")),
                Arguments.of("Upgrade: h2c", valid("Upgrade", "h2c")),
                Arguments.of("Connection without the Upgrade token", valid("Connection", "keep-alive")),
                Arguments.of("no Sec-WebSocket-Key", without(valid(), "sec-websocket-key")),
                Arguments.of("a key of 15 bytes",
                        valid("Sec-WebSocket-Key", Base64.getEncoder().encodeToString(new byte[15]))),
                Arguments.of("a key that is not base64", valid("Sec-WebSocket-Key", "not base64 at all!!")),
                Arguments.of("two Sec-WebSocket-Key headers", with(valid(), "Sec-WebSocket-Key", RFC_KEY)));
    }

    @ParameterizedTest(name = "400 for {0}")
    @MethodSource("malformedRequests")
    void a_malformed_upgrade_request_gets_400(String what, HandshakeRequest request) {
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "400 Bad Request for " + what + " (RFC 6455 4.2.1)"))
                .isEqualTo(400);
        assertThat(response.header("Sec-WebSocket-Accept"))
                .as(explain(request, response, "no Sec-WebSocket-Accept on a refused handshake")).isEmpty();
    }

    @ParameterizedTest(name = "426 for Sec-WebSocket-Version: {0}")
    @ValueSource(strings = {"8", "14", ""})
    void another_version_gets_426_naming_version_13(String version) {
        HandshakeRequest request = version.isEmpty()
                ? without(valid(), "sec-websocket-version")
                : valid("Sec-WebSocket-Version", version);
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "426 Upgrade Required (RFC 6455 4.4)")).isEqualTo(426);
        assertThat(response.header("Sec-WebSocket-Version"))
                .as(explain(request, response, "Sec-WebSocket-Version: 13, the version the server speaks"))
                .contains("13");
    }

    @Test
    void a_disallowed_origin_gets_403() {
        HandshakeRequest request = valid("Origin", "https://evil.example");
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "403 Forbidden: a page from another site must not open a socket "
                        + "that carries the user's cookies (cross-site WebSocket hijacking, RFC 6455 10.2)"))
                .isEqualTo(403);
    }

    @Test
    void an_allowed_origin_is_switched() {
        HandshakeRequest request = valid("Origin", ALLOWED_ORIGIN);
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status()).as(explain(request, response, "101: the Origin is allowed")).isEqualTo(101);
    }

    @Test
    void a_request_without_origin_is_a_non_browser_client_and_is_switched() {
        HandshakeRequest request = valid();
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "101: only browsers send Origin; its absence is not an attack"))
                .isEqualTo(101);
    }

    @Test
    void the_first_offered_subprotocol_the_server_speaks_is_chosen() {
        HandshakeRequest request = valid("Sec-WebSocket-Protocol", "v3.chat, v2.chat, v1.chat");
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.header("Sec-WebSocket-Protocol"))
                .as(explain(request, response, "Sec-WebSocket-Protocol: v2.chat, the client's first choice that the "
                        + "server (v1.chat, v2.chat) speaks"))
                .contains("v2.chat");
        assertThat(response.status()).as(explain(request, response, "101")).isEqualTo(101);
    }

    @Test
    void subprotocols_offered_on_several_header_lines_are_one_list() {
        HandshakeRequest request = with(valid("Sec-WebSocket-Protocol", "mqtt"), "Sec-WebSocket-Protocol", "v1.chat");
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.header("Sec-WebSocket-Protocol"))
                .as(explain(request, response, "Sec-WebSocket-Protocol: v1.chat, found on the second header line"))
                .contains("v1.chat");
    }

    @Test
    void no_subprotocol_is_named_when_none_matches() {
        HandshakeRequest request = valid("Sec-WebSocket-Protocol", "mqtt, stomp");
        HandshakeResponse response = handshake.respond(request);
        assertThat(response.status())
                .as(explain(request, response, "101: the server answers, the client decides whether to go on"))
                .isEqualTo(101);
        assertThat(response.header("Sec-WebSocket-Protocol"))
                .as(explain(request, response, "no Sec-WebSocket-Protocol: a server never names one the client "
                        + "did not offer (RFC 6455 4.2.2)"))
                .isEmpty();
    }

    /** The JDK's WebSocket client judges the answers on a real socket. */
    @Nested
    class With_the_jdk_client {

        private final HttpClient http = HttpClient.newHttpClient();

        @Test
        void the_jdk_client_accepts_the_answer_and_gets_its_subprotocol() throws Exception {
            try (HandshakeOnASocket server = new HandshakeOnASocket(handshake)) {
                WebSocket socket = http.newWebSocketBuilder()
                        .subprotocols("v2.chat", "v1.chat")
                        .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/chat"), new WebSocket.Listener() { })
                        .get(5, TimeUnit.SECONDS);
                assertThat(socket.getSubprotocol())
                        .as("java.net.http.WebSocket checked Sec-WebSocket-Accept and took the subprotocol from the 101")
                        .isEqualTo("v2.chat");
                socket.abort();
            }
        }

        @Test
        void the_jdk_client_is_refused_from_a_disallowed_origin() throws Exception {
            try (HandshakeOnASocket server = new HandshakeOnASocket(handshake)) {
                CompletableFuture<WebSocket> connecting = http.newWebSocketBuilder()
                        .header("Origin", "https://evil.example")
                        .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/chat"), new WebSocket.Listener() { });
                try {
                    WebSocket socket = connecting.get(5, TimeUnit.SECONDS);
                    socket.abort();
                    fail("a client sending Origin: https://evil.example must be refused with 403; it was connected");
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).as("the JDK client reports a refused handshake")
                            .isInstanceOf(WebSocketHandshakeException.class);
                    assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                            .as("the status the server answered Origin: https://evil.example with").isEqualTo(403);
                }
            }
        }
    }

    // --- requests ---

    private static HandshakeRequest valid(String... overrides) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Host", "chat.example");
        headers.put("Upgrade", "websocket");
        headers.put("Connection", "Upgrade");
        headers.put("Sec-WebSocket-Key", RFC_KEY);
        headers.put("Sec-WebSocket-Version", "13");
        for (int i = 0; i < overrides.length; i += 2) {
            headers.put(overrides[i], overrides[i + 1]);
        }
        return HandshakeRequest.get("/chat", headers.entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
    }

    private static HandshakeRequest without(HandshakeRequest request, String header) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>(request.headers());
        headers.remove(header);
        return new HandshakeRequest(request.method(), request.httpVersion(), request.target(), headers);
    }

    private static HandshakeRequest with(HandshakeRequest request, String header, String value) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>(request.headers());
        headers.merge(header.toLowerCase(java.util.Locale.ROOT), List.of(value),
                (a, b) -> Stream.concat(a.stream(), b.stream()).collect(Collectors.toList()));
        return new HandshakeRequest(request.method(), request.httpVersion(), request.target(), headers);
    }

    private static String explain(HandshakeRequest request, HandshakeResponse response, String expected) {
        String sent = request.method() + " " + request.target() + " " + request.httpVersion() + "\n"
                + request.headers().entrySet().stream()
                        .flatMap(e -> e.getValue().stream().map(v -> "  " + e.getKey() + ": " + v))
                        .collect(Collectors.joining("\n"));
        String got = response.status() + "\n" + response.headers().entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        return "expected " + expected + "\nrequest:\n  " + sent + "\nresponse: " + got + "\n(README, Exercise 1)";
    }
}
