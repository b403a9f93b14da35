package dev.backendlab.phase04.oauth;

import dev.backendlab.grader.NotImplementedYetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The client side of the OAuth 2.0 authorization code flow with PKCE (RFC 6749 section 4.1,
 * RFC 7636), logging users in with OpenID Connect: {@link #start()} builds the redirect to the
 * provider, {@link #callback} checks what comes back, exchanges the code and verifies the ID token.
 */
public final class OAuthClient {

    /** Clock skew allowed on the ID token's {@code exp}. */
    public static final Duration ALLOWED_SKEW = Duration.ofSeconds(60);

    public OAuthClient(HttpClient http, ProviderMetadata provider, String clientId, String clientSecret,
                       URI redirectUri, Clock clock, SecureRandom random) {
        // TODO keep the seven arguments in final fields: start and callback read them
    }

    /**
     * A new login: fresh {@code state}, {@code nonce} and PKCE {@code code_verifier}, each 32 random
     * bytes in Base64URL without padding (43 characters), and the authorization URL: the provider's
     * authorization endpoint with the query parameters {@code response_type=code}, {@code client_id},
     * {@code redirect_uri}, {@code scope=openid}, {@code state}, {@code nonce},
     * {@code code_challenge} (Base64URL of SHA-256 of the verifier's ASCII, no padding) and
     * {@code code_challenge_method=S256}, each form-URL-encoded.
     */
    public PendingAuthorization start() {
        // TODO three random values; the challenge from the verifier; the query form-URL-encoded (URLEncoder)
        throw new NotImplementedYetException("build the authorization request", "Exercise 5: OAuth client");
    }

    /**
     * Completes a login from the URI the provider redirected the browser to.
     * In order: the {@code state} must equal the pending one ({@code STATE_MISMATCH}, before anything
     * else, and then no request is made); an {@code error} parameter is {@code AUTHORIZATION_DENIED};
     * a missing {@code code} is {@code MISSING_CODE}. Then the code is exchanged: a POST to the token
     * endpoint, form-encoded {@code grant_type=authorization_code}, {@code code}, {@code redirect_uri},
     * {@code code_verifier}, the client authenticated with HTTP Basic (client_secret_basic). Any answer
     * but 200 with an {@code id_token} is {@code TOKEN_REQUEST_FAILED}. Last, the ID token is checked
     * with {@link #verifyIdToken}.
     */
    public LoginResult callback(PendingAuthorization pending, URI callback) {
        // TODO parse the callback query; state first (MessageDigest.isEqual), then error, then code;
        //  POST the form to the token endpoint with HttpClient and Basic client authentication;
        //  read id_token and access_token with Jackson; then verifyIdToken
        throw new NotImplementedYetException("complete the login from the callback", "Exercise 5: OAuth client");
    }

    /**
     * The claims of an ID token, if it is signed by a key from the provider's JWKS (located by
     * {@code kid}, fetched from {@code jwks_uri}), its {@code iss} is the provider's issuer, its
     * {@code aud} contains this client's id, its {@code exp} is not past (with {@link #ALLOWED_SKEW},
     * time from the clock), and its {@code nonce} equals {@code expectedNonce}. Checked in that order;
     * an unknown {@code kid} counts as {@code BAD_SIGNATURE}.
     */
    public Map<String, Object> verifyIdToken(String idToken, String expectedNonce) {
        // TODO Jwks.setParser().build().parse(the JWKS body); Jwts.parser() with a keyLocator by kid,
        //  requireIssuer, requireAudience, clock and skew; map jjwt exceptions to Reasons; then compare the nonce
        throw new NotImplementedYetException("verify an ID token", "Exercise 5: OAuth client");
    }
}
