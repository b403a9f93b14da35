package dev.backendlab.phase04.jwt;

import io.jsonwebtoken.security.Jwks;
import java.security.interfaces.RSAPublicKey;
import java.util.stream.Collectors;

/** The JWKS document an issuer publishes, so that every API can verify its tokens. */
public final class JwksDocument {

    private JwksDocument() {
    }

    /**
     * The JWK Set (RFC 7517 section 5) that publishes the verification keys of {@code keys}:
     * {@code {"keys":[...]}}, one RSA public JWK per key not retired, each with its {@code kid},
     * {@code "alg":"RS256"} and {@code "use":"sig"}. Public members only: never {@code d}, {@code p},
     * {@code q}, {@code dp}, {@code dq}, {@code qi}.
     */
    public static String json(KeyRing keys) {
        // Jwks.json writes public members only; Jwks.UNSAFE_JSON is the one that would leak d, p, q, ...
        return keys.verificationKeys().entrySet().stream()
                .map(key -> Jwks.json(Jwks.builder()
                        .key((RSAPublicKey) key.getValue())
                        .id(key.getKey())
                        .algorithm("RS256")
                        .add("use", "sig")
                        .build()))
                .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }
}
