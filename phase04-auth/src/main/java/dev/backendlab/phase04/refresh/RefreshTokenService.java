package dev.backendlab.phase04.refresh;

import dev.backendlab.grader.NotImplementedYetException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Opaque refresh tokens with rotation and reuse detection (OAuth 2.0 Security Best Current
 * Practice, RFC 9700 section 4.14.2): every use hands out a new token and spends the old one; a spent
 * token presented again means two parties hold the family, so the whole family is revoked.
 */
public final class RefreshTokenService {

    /** 256 bits of randomness per token. */
    public static final int TOKEN_BYTES = 32;

    public RefreshTokenService(RefreshTokenStore store, Clock clock, SecureRandom random,
                               Duration idleLifetime, Duration absoluteLifetime) {
        // TODO keep the five arguments in final fields: issue and rotate read them
    }

    /**
     * The stored form of a token: SHA-256 of its ASCII characters, Base64URL without padding.
     * A fast hash is enough here (unlike passwords): the token has 256 bits of entropy.
     */
    public static String hash(String token) {
        // TODO MessageDigest SHA-256 over the US-ASCII bytes, then Base64.getUrlEncoder().withoutPadding()
        throw new NotImplementedYetException("hash a refresh token for storage", "Exercise 3: Refresh tokens");
    }

    /**
     * At login: a new token in a new family. The token is {@link #TOKEN_BYTES} random bytes,
     * Base64URL without padding (43 characters); only its {@link #hash} is stored.
     */
    public synchronized String issue(String userId) {
        // TODO random bytes, a new family id, save a StoredRefreshToken with the HASH, return the token
        throw new NotImplementedYetException("issue a refresh token in a new family", "Exercise 3: Refresh tokens");
    }

    /**
     * Spends {@code presented} and returns its replacement, in the same family.
     *
     * @throws RefreshTokenException {@code UNKNOWN} if no such token was issued; {@code REVOKED} if
     *         its family was revoked; {@code REUSED} if it was already used (and then revokes the
     *         whole family); {@code ABSOLUTE_TIMEOUT} when now is at or past the family's start plus
     *         the absolute lifetime; {@code IDLE_TIMEOUT} when now is at or past this token's
     *         issue time plus the idle lifetime. Checked in this order.
     */
    public synchronized Rotation rotate(String presented) {
        // TODO find by hash; REVOKED, USED (revoke the family first), absolute, idle; then mark USED
        //  and issue a replacement in the same family, keeping familyStartedAt
        throw new NotImplementedYetException("rotate a refresh token", "Exercise 3: Refresh tokens");
    }

    /** At logout: revokes the family {@code presented} belongs to. An unknown token changes nothing. */
    public synchronized void logout(String presented) {
        // TODO revoke every row of the presented token's family
        throw new NotImplementedYetException("revoke a refresh token family at logout", "Exercise 3: Refresh tokens");
    }
}
