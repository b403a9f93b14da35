package dev.backendlab.phase04.jwt;

import dev.backendlab.phase04.jwt.TokenRejectedException.Reason;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.IncorrectClaimException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.MissingClaimException;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.SignatureException;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

/**
 * Verifies RS256 access tokens: the key comes from the key ring by {@code kid}, never from the
 * token; the algorithm is fixed by the key, never chosen by the token; then issuer, audience and
 * the time claims are checked, with a bounded clock skew and the time from the injected clock.
 */
public final class AccessTokenVerifier {

    private final KeyRing keys;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final Duration allowedSkew;

    public AccessTokenVerifier(KeyRing keys, Clock clock, String issuer, String audience, Duration allowedSkew) {
        this.keys = keys;
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audience;
        this.allowedSkew = allowedSkew;
    }

    /**
     * The token's claims, if every check passes; otherwise a {@link TokenRejectedException} whose
     * {@link Reason} names the first check that failed. The header is checked before the
     * signature ({@code EMBEDDED_KEY}, {@code UNKNOWN_KEY}, {@code ALGORITHM_MISMATCH}), the
     * signature before any claim ({@code BAD_SIGNATURE}), and only then {@code exp}, {@code nbf},
     * {@code iss}, {@code aud}.
     */
    public VerifiedToken verify(String token) {
        Jws<Claims> jws;
        try {
            jws = Jwts.parser()
                    .keyLocator(this::locateKey)
                    .requireIssuer(issuer)
                    .requireAudience(audience)
                    .clock(() -> Date.from(clock.instant()))
                    .clockSkewSeconds(allowedSkew.toSeconds())
                    .build()
                    .parseSignedClaims(token);
        } catch (TokenRejectedException e) {
            throw e;
        } catch (ExpiredJwtException e) {
            throw new TokenRejectedException(Reason.EXPIRED, "exp is past, beyond the allowed skew", e);
        } catch (PrematureJwtException e) {
            throw new TokenRejectedException(Reason.NOT_YET_VALID, "nbf is ahead, beyond the allowed skew", e);
        } catch (IncorrectClaimException | MissingClaimException e) {
            Reason reason = "aud".equals(e.getClaimName()) ? Reason.WRONG_AUDIENCE : Reason.WRONG_ISSUER;
            throw new TokenRejectedException(reason, "claim " + e.getClaimName() + " is missing or wrong", e);
        } catch (UnsupportedJwtException e) {
            throw new TokenRejectedException(Reason.UNSIGNED, "not a signed JWT", e);
        } catch (SignatureException e) {
            throw new TokenRejectedException(Reason.BAD_SIGNATURE, "signature does not verify", e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new TokenRejectedException(Reason.MALFORMED, "not a well-formed JWT", e);
        }
        return toVerified(jws);
    }

    private Key locateKey(Header header) {
        if (!(header instanceof JwsHeader jws)) {
            throw new TokenRejectedException(Reason.UNSIGNED, "not a JWS");
        }
        if (jws.getJwk() != null || jws.getJwkSetUrl() != null
                || jws.getX509Url() != null || jws.getX509Chain() != null) {
            throw new TokenRejectedException(Reason.EMBEDDED_KEY, "the header names its own key");
        }
        Key key = jws.getKeyId() == null ? null : keys.verificationKey(jws.getKeyId()).orElse(null);
        if (key == null) {
            throw new TokenRejectedException(Reason.UNKNOWN_KEY, "no verification key for this kid");
        }
        if (!"RS256".equals(jws.getAlgorithm())) {
            throw new TokenRejectedException(Reason.ALGORITHM_MISMATCH, "this key verifies RS256 only");
        }
        return key;
    }

    private static VerifiedToken toVerified(Jws<Claims> jws) {
        Claims claims = jws.getPayload();
        Object roles = claims.get("roles");
        if (!(roles instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)
                || claims.getSubject() == null || claims.getExpiration() == null) {
            throw new TokenRejectedException(Reason.MALFORMED, "sub, exp and a roles array of strings are required");
        }
        return new VerifiedToken(claims.getSubject(), claims.getIssuer(), claims.getAudience(),
                list.stream().map(String.class::cast).toList(), claims.getId(),
                instant(claims.getIssuedAt()), instant(claims.getNotBefore()), instant(claims.getExpiration()),
                jws.getHeader().getKeyId());
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
