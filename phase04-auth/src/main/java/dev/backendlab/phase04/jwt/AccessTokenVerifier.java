package dev.backendlab.phase04.jwt;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;
import java.time.Duration;

/**
 * Verifies RS256 access tokens: the key comes from the key ring by {@code kid}, never from the
 * token; the algorithm is fixed by the key, never chosen by the token; then issuer, audience and
 * the time claims are checked, with a bounded clock skew and the time from the injected clock.
 */
public final class AccessTokenVerifier {

    public AccessTokenVerifier(KeyRing keys, Clock clock, String issuer, String audience, Duration allowedSkew) {
        // TODO keep the five arguments in final fields: verify reads them
    }

    /**
     * The token's claims, if every check passes; otherwise a {@link TokenRejectedException} whose
     * {@link Reason} names the first check that failed. The header is checked before the
     * signature ({@code EMBEDDED_KEY}, {@code UNKNOWN_KEY}, {@code ALGORITHM_MISMATCH}), the
     * signature before any claim ({@code BAD_SIGNATURE}), and only then {@code exp}, {@code nbf},
     * {@code iss}, {@code aud}.
     */
    public VerifiedToken verify(String token) {
        // TODO Jwts.parser() with a keyLocator that inspects the JwsHeader (jwk/jku/x5u/x5c, kid, alg) and
        //  throws TokenRejectedException itself, requireIssuer, requireAudience, clock, clockSkewSeconds;
        //  then map each jjwt exception to its Reason, and the claims to a VerifiedToken
        throw new NotImplementedYetException("verify an RS256 access token", "Exercise 2: JWT");
    }
}
