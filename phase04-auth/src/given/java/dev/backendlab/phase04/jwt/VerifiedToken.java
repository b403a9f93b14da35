package dev.backendlab.phase04.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a verified access token says; only ever built from a token whose checks all passed. */
public record VerifiedToken(
        String subject,
        String issuer,
        Set<String> audience,
        List<String> roles,
        String id,
        Instant issuedAt,
        Instant notBefore,
        Instant expiresAt,
        String keyId) {
}
