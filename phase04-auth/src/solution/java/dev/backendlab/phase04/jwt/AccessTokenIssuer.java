package dev.backendlab.phase04.jwt;

import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Issues short-lived RS256 access tokens, signed with the key ring's current key. */
public final class AccessTokenIssuer {

    private final KeyRing keys;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;

    public AccessTokenIssuer(KeyRing keys, Clock clock, String issuer, String audience, Duration lifetime) {
        this.keys = keys;
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
    }

    /**
     * A signed JWT (JWS compact serialisation) with header {@code alg=RS256} and {@code kid} = the
     * current key id, and claims {@code sub}, {@code iss}, {@code aud} (this audience), {@code iat}
     * and {@code nbf} (now, from the clock), {@code exp} (now + lifetime), {@code jti} (a random
     * UUID, unique per token) and {@code roles} (a JSON array of strings).
     */
    public String issue(String subject, List<String> roles) {
        Instant now = clock.instant();
        return Jwts.builder()
                .header().keyId(keys.currentKeyId()).and()
                .subject(subject)
                .issuer(issuer)
                .audience().add(audience).and()
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .id(UUID.randomUUID().toString())
                .claim("roles", List.copyOf(roles))
                .signWith(keys.currentSigningKey(), Jwts.SIG.RS256)
                .compact();
    }
}
