package dev.backendlab.phase04.refresh;

import java.time.Instant;

/**
 * One row of the refresh token table. It holds the token's hash, never the token: a leaked
 * table must not hand out working tokens.
 *
 * @param tokenHash       SHA-256 of the token's ASCII characters, Base64URL without padding
 * @param familyId        shared by every token rotated out of the same login
 * @param userId          whose token it is
 * @param issuedAt        when this token was handed out (the idle timeout counts from here)
 * @param familyStartedAt when the login that began the family happened (the absolute timeout counts from here)
 * @param status          whether it can still be used
 */
public record StoredRefreshToken(
        String tokenHash,
        String familyId,
        String userId,
        Instant issuedAt,
        Instant familyStartedAt,
        Status status) {

    /** The life of a refresh token: handed out, then used once, or revoked with its family. */
    public enum Status { ACTIVE, USED, REVOKED }

    public StoredRefreshToken withStatus(Status newStatus) {
        return new StoredRefreshToken(tokenHash, familyId, userId, issuedAt, familyStartedAt, newStatus);
    }
}
