package dev.backendlab.phase15.handshake;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * The server's side of the opening handshake (RFC 6455 section 4.2).
 *
 * <p>A pure function from request to response: no sockets, so every rule can be tried one by one.
 */
public final class WebSocketHandshake {

    /** The GUID of RFC 6455 section 1.3, appended to the client's key before hashing. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    public WebSocketHandshake(HandshakePolicy policy) {
        // TODO keep policy in a final field
    }

    /**
     * The Sec-WebSocket-Accept value for a Sec-WebSocket-Key: base64 of the SHA-1 of the key
     * (as sent, ASCII) followed by {@link #GUID}. "dGhlIHNhbXBsZSBub25jZQ==" gives
     * "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".
     */
    public static String acceptKey(String secWebSocketKey) {
        // TODO SHA-1 over key + GUID, then base64 (java.security.MessageDigest, java.util.Base64).
        throw new NotImplementedYetException("compute Sec-WebSocket-Accept from the key", "Exercise 1: Handshake");
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
        // TODO validate, then check the version, then the Origin, then build the 101 answer.
        throw new NotImplementedYetException("validate the upgrade request and answer it", "Exercise 1: Handshake");
    }
}
