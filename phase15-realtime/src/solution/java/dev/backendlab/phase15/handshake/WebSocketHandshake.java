package dev.backendlab.phase15.handshake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The server's side of the opening handshake (RFC 6455 section 4.2).
 *
 * <p>A pure function from request to response: no sockets, so every rule can be tried one by one.
 */
public final class WebSocketHandshake {

    /** The GUID of RFC 6455 section 1.3, appended to the client's key before hashing. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private static final int KEY_BYTES = 16;

    private final HandshakePolicy policy;

    public WebSocketHandshake(HandshakePolicy policy) {
        this.policy = policy;
    }

    /**
     * The Sec-WebSocket-Accept value for a Sec-WebSocket-Key: base64 of the SHA-1 of the key
     * (as sent, ASCII) followed by {@link #GUID}. "dGhlIHNhbXBsZSBub25jZQ==" gives
     * "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".
     */
    public static String acceptKey(String secWebSocketKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((secWebSocketKey + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }

    /**
     * Answers a handshake request, checking in this order:
     * <ol>
     *   <li>400 unless: method GET, protocol HTTP/1.1, an Upgrade header equal to "websocket"
     *       (any case), a Connection header whose comma-separated tokens include "Upgrade"
     *       (any case), and exactly one Sec-WebSocket-Key that is base64 of 16 bytes;</li>
     *   <li>426 with header {@code Sec-WebSocket-Version: 13} unless Sec-WebSocket-Version is
     *       exactly "13" (also when it is missing);</li>
     *   <li>403 when an Origin header is present and not one of the policy's allowed origins
     *       (cross-site WebSocket hijacking); no Origin header means a non-browser client;</li>
     *   <li>otherwise 101 with {@code Upgrade: websocket}, {@code Connection: Upgrade},
     *       {@code Sec-WebSocket-Accept: acceptKey(key)}, and, when the client offered
     *       subprotocols (Sec-WebSocket-Protocol, comma-separated, maybe on several lines),
     *       {@code Sec-WebSocket-Protocol} naming the first offered one the policy speaks; no
     *       such header when none matches.</li>
     * </ol>
     */
    public HandshakeResponse respond(HandshakeRequest request) {
        if (!isUpgradeRequest(request)) {
            return new HandshakeResponse(400, Map.of());
        }
        if (!request.values("Sec-WebSocket-Version").equals(List.of("13"))) {
            return new HandshakeResponse(426, Map.of("Sec-WebSocket-Version", "13"));
        }
        List<String> origins = request.values("Origin");
        if (!origins.isEmpty() && !policy.allowedOrigins().containsAll(origins)) {
            return new HandshakeResponse(403, Map.of());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Upgrade", "websocket");
        headers.put("Connection", "Upgrade");
        headers.put("Sec-WebSocket-Accept", acceptKey(request.values("Sec-WebSocket-Key").get(0)));
        chooseSubprotocol(request).ifPresent(p -> headers.put("Sec-WebSocket-Protocol", p));
        return new HandshakeResponse(101, headers);
    }

    private static boolean isUpgradeRequest(HandshakeRequest request) {
        return request.method().equals("GET")
                && request.httpVersion().equals("HTTP/1.1")
                && request.values("Upgrade").stream().anyMatch(v -> v.trim().equalsIgnoreCase("websocket"))
                && tokens(request.values("Connection")).anyMatch(t -> t.equalsIgnoreCase("Upgrade"))
                && request.values("Sec-WebSocket-Key").size() == 1
                && isSixteenByteKey(request.values("Sec-WebSocket-Key").get(0));
    }

    private static boolean isSixteenByteKey(String key) {
        try {
            return Base64.getDecoder().decode(key.trim()).length == KEY_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    // The client lists its preferences in order; the server honours the first one it speaks.
    private Optional<String> chooseSubprotocol(HandshakeRequest request) {
        return tokens(request.values("Sec-WebSocket-Protocol"))
                .filter(policy.subprotocols()::contains)
                .findFirst();
    }

    private static Stream<String> tokens(List<String> headerValues) {
        return headerValues.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(t -> !t.isEmpty());
    }
}
