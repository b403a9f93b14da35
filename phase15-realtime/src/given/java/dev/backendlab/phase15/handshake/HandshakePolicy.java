package dev.backendlab.phase15.handshake;

import java.util.List;
import java.util.Set;

/**
 * What a server accepts during the handshake.
 *
 * @param allowedOrigins the browser origins allowed to connect ("https://chat.example"); a request
 *                       without an Origin header comes from a non-browser client and is not checked
 * @param subprotocols   the subprotocols the server speaks ("v2.chat.example"); empty when none
 */
public record HandshakePolicy(Set<String> allowedOrigins, List<String> subprotocols) {

    public HandshakePolicy {
        allowedOrigins = Set.copyOf(allowedOrigins);
        subprotocols = List.copyOf(subprotocols);
    }
}
