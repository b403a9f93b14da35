package dev.backendlab.phase04.jwt;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The RS256 signing keys of an issuer, by key id ({@code kid}). New tokens are signed with the
 * current key; after a rotation the previous keys still verify until they are retired, so tokens
 * already handed out stay valid for their remaining lifetime.
 *
 * <p>Given: the issuer and the verifier use it, {@link JwksDocument} publishes its public keys.
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
     * The verification keys by key id, in the order they were added: the current key and every key
     * not yet retired. A snapshot: a later rotation or retirement does not change it.
     */
    public synchronized Map<String, PublicKey> verificationKeys() {
        Map<String, PublicKey> snapshot = new LinkedHashMap<>();
        keys.forEach((kid, pair) -> snapshot.put(kid, pair.getPublic()));
        return Collections.unmodifiableMap(snapshot);
    }
}
