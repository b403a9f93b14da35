package dev.backendlab.phase04.jwt;

import dev.backendlab.phase04.jwt.TokenRejectedException.Reason;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SignatureException;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * HS256 tokens under one shared secret: for a single service that both issues and verifies.
 * Anyone who can verify can also forge, which is why the access tokens above are RS256.
 */
public final class HmacTokens {

    private final SecretKey key;
    private final Clock clock;
    private final Duration allowedSkew;

    /** @param secret at least 32 bytes (HS256 needs a key as long as its hash) */
    public HmacTokens(byte[] secret, Clock clock, Duration allowedSkew) {
        this.key = Keys.hmacShaKeyFor(secret);
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    /** A JWS with header {@code alg=HS256} and exactly these claims. */
    public String sign(Map<String, ?> claims) {
        return Jwts.builder().claims(claims).signWith(key, Jwts.SIG.HS256).compact();
    }

    /**
     * The claims of a token this secret signed with HS256, with {@code exp} and {@code nbf} checked
     * against the clock if present. Rejections: {@code UNSIGNED}, {@code ALGORITHM_MISMATCH} (any
     * {@code alg} but HS256), {@code BAD_SIGNATURE}, {@code EXPIRED}, {@code NOT_YET_VALID},
     * {@code MALFORMED}.
     */
    public Map<String, Object> verify(String token) {
        try {
            Claims claims = Jwts.parser()
                    .keyLocator(this::locateKey)
                    .clock(() -> Date.from(clock.instant()))
                    .clockSkewSeconds(allowedSkew.toSeconds())
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            return Map.copyOf(claims);
        } catch (TokenRejectedException e) {
            throw e;
        } catch (ExpiredJwtException e) {
            throw new TokenRejectedException(Reason.EXPIRED, "exp is past", e);
        } catch (PrematureJwtException e) {
            throw new TokenRejectedException(Reason.NOT_YET_VALID, "nbf is ahead", e);
        } catch (UnsupportedJwtException e) {
            throw new TokenRejectedException(Reason.UNSIGNED, "not a signed JWT", e);
        } catch (SignatureException e) {
            throw new TokenRejectedException(Reason.BAD_SIGNATURE, "signature does not verify", e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new TokenRejectedException(Reason.MALFORMED, "not a well-formed JWT", e);
        }
    }

    private Key locateKey(Header header) {
        if (!(header instanceof JwsHeader jws) || !"HS256".equals(jws.getAlgorithm())) {
            throw new TokenRejectedException(Reason.ALGORITHM_MISMATCH, "this secret verifies HS256 only");
        }
        return key;
    }
}
