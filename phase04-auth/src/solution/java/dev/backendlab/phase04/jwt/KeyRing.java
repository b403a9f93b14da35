package dev.backendlab.phase04.jwt;

import io.jsonwebtoken.security.Jwks;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The RS256 signing keys of an issuer, by key id ({@code kid}). New tokens are signed with the
 * current key; after a rotation the previous keys still verify until they are retired, so tokens
 * already handed out stay valid for their remaining lifetime.
 */
public final class KeyRing {

    private final Map<String, KeyPair> keys = new LinkedHashMap<>();
    private String currentKeyId;

    /** @param keyPair an RSA key pair, 2048 bits or more */
    public KeyRing(String keyId, KeyPair keyPair) {
        rotate(keyId, keyPair);
    }

    /** Makes {@code keyPair} the current signing key; the previous keys stay for verification. */
    public synchronized void rotate(String keyId, KeyPair keyPair) {
        if (keys.containsKey(keyId)) {
            throw new IllegalArgumentException("key id already used: " + keyId);
        }
        keys.put(keyId, keyPair);
        currentKeyId = keyId;
    }

    /** Stops accepting tokens signed with {@code keyId}; the current key cannot be retired. */
    public synchronized void retire(String keyId) {
        if (keyId.equals(currentKeyId)) {
            throw new IllegalStateException("cannot retire the current signing key " + keyId);
        }
        keys.remove(keyId);
    }

    public synchronized String currentKeyId() {
        return currentKeyId;
    }

    public synchronized PrivateKey currentSigningKey() {
        return keys.get(currentKeyId).getPrivate();
    }

    /** The public key for {@code keyId}, if it is current or not yet retired. */
    public synchronized Optional<PublicKey> verificationKey(String keyId) {
        return Optional.ofNullable(keys.get(keyId)).map(KeyPair::getPublic);
    }

    public synchronized Set<String> keyIds() {
        return Set.copyOf(keys.keySet());
    }

    /**
     * The JWK Set (RFC 7517 section 5) that publishes the verification keys: {@code {"keys":[...]}},
     * one RSA public JWK per key not retired, each with its {@code kid}, {@code "alg":"RS256"} and
     * {@code "use":"sig"}. Public members only: never {@code d}, {@code p}, {@code q}, {@code dp},
     * {@code dq}, {@code qi}.
     */
    public String jwksJson() {
        List<String> jwks = new ArrayList<>();
        synchronized (this) {
            keys.forEach((kid, pair) -> jwks.add(Jwks.json(Jwks.builder()
                    .key((RSAPublicKey) pair.getPublic())
                    .id(kid)
                    .algorithm("RS256")
                    .add("use", "sig")
                    .build())));
        }
        return jwks.stream().collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }
}
