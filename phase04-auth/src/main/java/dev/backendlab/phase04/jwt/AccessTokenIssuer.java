package dev.backendlab.phase04.jwt;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Issues short-lived RS256 access tokens, signed with the key ring's current key. */
public final class AccessTokenIssuer {

    public AccessTokenIssuer(KeyRing keys, Clock clock, String issuer, String audience, Duration lifetime) {
        // TODO keep the five arguments in final fields: issue reads them
    }

    /**
     * A signed JWT (JWS compact serialisation) with header {@code alg=RS256} and {@code kid} = the
     * current key id, and claims {@code sub}, {@code iss}, {@code aud} (this audience), {@code iat}
     * and {@code nbf} (now, from the clock), {@code exp} (now + lifetime), {@code jti} (a random
     * UUID, unique per token) and {@code roles} (a JSON array of strings).
     */
    public String issue(String subject, List<String> roles) {
        // TODO Jwts.builder(): header().keyId(...).and(), the claims, signWith(the current private key, Jwts.SIG.RS256)
        //  ; times come from clock.instant(), never from new Date()
        throw new NotImplementedYetException("issue an RS256 access token", "Exercise 2: JWT");
    }
}
