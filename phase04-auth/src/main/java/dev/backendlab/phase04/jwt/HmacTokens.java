package dev.backendlab.phase04.jwt;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * HS256 tokens under one shared secret: for a single service that both issues and verifies.
 * Anyone who can verify can also forge, which is why the access tokens above are RS256.
 */
public final class HmacTokens {

    /** @param secret at least 32 bytes (HS256 needs a key as long as its hash) */
    public HmacTokens(byte[] secret, Clock clock, Duration allowedSkew) {
        // TODO keep Keys.hmacShaKeyFor(secret) (it refuses a secret under 32 bytes), the clock and the
        //  skew in final fields
    }

    /** A JWS with header {@code alg=HS256} and exactly these claims. */
    public String sign(Map<String, ?> claims) {
        // TODO Jwts.builder().claims(claims).signWith(key, Jwts.SIG.HS256)
        throw new NotImplementedYetException("sign an HS256 token", "Exercise 2: JWT");
    }

    /**
     * The claims of a token this secret signed with HS256, with {@code exp} and {@code nbf} checked
     * against the clock if present. Rejections: {@code UNSIGNED}, {@code ALGORITHM_MISMATCH} (any
     * {@code alg} but HS256), {@code BAD_SIGNATURE}, {@code EXPIRED}, {@code NOT_YET_VALID},
     * {@code MALFORMED}.
     */
    public Map<String, Object> verify(String token) {
        // TODO a parser whose keyLocator accepts alg HS256 only; map jjwt exceptions to Reasons
        throw new NotImplementedYetException("verify an HS256 token", "Exercise 2: JWT");
    }
}
