package dev.backendlab.phase15.handshake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an HTTP request a WebSocket handshake looks at (RFC 6455 section 4.1).
 *
 * <p>Header names are case-insensitive in HTTP, so they are stored lower-cased; a header sent on
 * several lines keeps every value, in order.
 *
 * @param method      the request method, as sent ("GET")
 * @param httpVersion the protocol of the request line, as sent ("HTTP/1.1")
 * @param target      the request target ("/chat")
 * @param headers     lower-cased header name to its values, in the order they were sent
 */
public record HandshakeRequest(String method, String httpVersion, String target,
                               Map<String, List<String>> headers) {

    public HandshakeRequest {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        headers = Map.copyOf(copy);
    }

    /** A GET request for {@code target} over HTTP/1.1 with the given headers, as name, value pairs. */
    public static HandshakeRequest get(String target, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name, value pairs: " + Arrays.toString(namesAndValues));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i].toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .add(namesAndValues[i + 1]);
        }
        return new HandshakeRequest("GET", "HTTP/1.1", target, headers);
    }

    /** Every value of header {@code name} (any case), in order; empty when it was not sent. */
    public List<String> values(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The same request with another method and protocol version, for tests of bad requests. */
    public HandshakeRequest withRequestLine(String method, String httpVersion) {
        return new HandshakeRequest(method, httpVersion, target, headers);
    }
}
