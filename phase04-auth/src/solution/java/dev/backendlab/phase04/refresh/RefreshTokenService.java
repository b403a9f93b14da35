package dev.backendlab.phase04.refresh;

import dev.backendlab.phase04.refresh.RefreshTokenException.Reason;
import dev.backendlab.phase04.refresh.StoredRefreshToken.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque refresh tokens with rotation and reuse detection (OAuth 2.0 Security Best Current
 * Practice, RFC 9700 section 4.14.2): every use hands out a new token and spends the old one; a spent
 * token presented again means two parties hold the family, so the whole family is revoked.
 */
public final class RefreshTokenService {

    /** 256 bits of randomness per token. */
    public static final int TOKEN_BYTES = 32;

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final RefreshTokenStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idleLifetime;
    private final Duration absoluteLifetime;

    public RefreshTokenService(RefreshTokenStore store, Clock clock, SecureRandom random,
                               Duration idleLifetime, Duration absoluteLifetime) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.idleLifetime = idleLifetime;
        this.absoluteLifetime = absoluteLifetime;
    }

    /**
     * The stored form of a token: SHA-256 of its ASCII characters, Base64URL without padding.
     * A fast hash is enough here (unlike passwords): the token has 256 bits of entropy.
     */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return B64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * At login: a new token in a new family. The token is {@link #TOKEN_BYTES} random bytes,
     * Base64URL without padding (43 characters); only its {@link #hash} is stored.
     */
    public synchronized String issue(String userId) {
        Instant now = clock.instant();
        return issueInto(randomId(), userId, now, now);
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
        StoredRefreshToken row = store.findByHash(hash(presented))
                .orElseThrow(() -> new RefreshTokenException(Reason.UNKNOWN));
        switch (row.status()) {
            case REVOKED -> throw new RefreshTokenException(Reason.REVOKED);
            case USED -> {
                revokeFamily(row.familyId());
                throw new RefreshTokenException(Reason.REUSED);
            }
            case ACTIVE -> { }
        }
        Instant now = clock.instant();
        if (!now.isBefore(row.familyStartedAt().plus(absoluteLifetime))) {
            throw new RefreshTokenException(Reason.ABSOLUTE_TIMEOUT);
        }
        if (!now.isBefore(row.issuedAt().plus(idleLifetime))) {
            throw new RefreshTokenException(Reason.IDLE_TIMEOUT);
        }
        store.save(row.withStatus(Status.USED));
        return new Rotation(row.userId(), issueInto(row.familyId(), row.userId(), now, row.familyStartedAt()));
    }

    /** At logout: revokes the family {@code presented} belongs to. An unknown token changes nothing. */
    public synchronized void logout(String presented) {
        store.findByHash(hash(presented)).ifPresent(row -> revokeFamily(row.familyId()));
    }

    private String issueInto(String familyId, String userId, Instant now, Instant familyStartedAt) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = B64URL.encodeToString(bytes);
        store.save(new StoredRefreshToken(hash(token), familyId, userId, now, familyStartedAt, Status.ACTIVE));
        return token;
    }

    private void revokeFamily(String familyId) {
        store.family(familyId).forEach(row -> store.save(row.withStatus(Status.REVOKED)));
    }

    private String randomId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }
}
