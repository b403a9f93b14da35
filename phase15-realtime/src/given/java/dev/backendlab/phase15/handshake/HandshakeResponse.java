package dev.backendlab.phase15.handshake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server's answer to a handshake: 101 Switching Protocols, or an HTTP error.
 *
 * @param status  the HTTP status code
 * @param headers header name (as the server writes it) to value
 */
public record HandshakeResponse(int status, Map<String, String> headers) {

    public HandshakeResponse {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    /** The value of header {@code name}, compared without case, if the response has it. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
