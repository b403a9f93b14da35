package dev.backendlab.phase04.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.phase04.oauth.OAuthException.Reason;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.IncorrectClaimException;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.MissingClaimException;
import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.JwkSet;
import io.jsonwebtoken.security.Jwks;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The client side of the OAuth 2.0 authorization code flow with PKCE (RFC 6749 section 4.1,
 * RFC 7636), logging users in with OpenID Connect: {@link #start()} builds the redirect to the
 * provider, {@link #callback} checks what comes back, exchanges the code and verifies the ID token.
 */
public final class OAuthClient {

    /** Clock skew allowed on the ID token's {@code exp}. */
    public static final Duration ALLOWED_SKEW = Duration.ofSeconds(60);

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final ProviderMetadata provider;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final Clock clock;
    private final SecureRandom random;

    public OAuthClient(HttpClient http, ProviderMetadata provider, String clientId, String clientSecret,
                       URI redirectUri, Clock clock, SecureRandom random) {
        this.http = http;
        this.provider = provider;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.clock = clock;
        this.random = random;
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
        String state = randomValue();
        String nonce = randomValue();
        String verifier = randomValue();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", "openid");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", B64URL.encodeToString(sha256(verifier)));
        query.put("code_challenge_method", "S256");
        URI url = URI.create(provider.authorizationEndpoint() + "?" + form(query));
        return new PendingAuthorization(url, state, nonce, verifier);
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
        Map<String, String> params = query(callback);
        String state = params.get("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                pending.state().getBytes(StandardCharsets.US_ASCII))) {
            throw new OAuthException(Reason.STATE_MISMATCH, "the callback's state is not this login's");
        }
        if (params.containsKey("error")) {
            throw new OAuthException(Reason.AUTHORIZATION_DENIED, "the provider answered error=" + params.get("error"));
        }
        String code = params.get("code");
        if (code == null || code.isEmpty()) {
            throw new OAuthException(Reason.MISSING_CODE, "the callback carries no code");
        }
        JsonNode tokens = exchange(code, pending.codeVerifier());
        Map<String, Object> claims = verifyIdToken(tokens.get("id_token").asText(), pending.nonce());
        JsonNode accessToken = tokens.get("access_token");
        return new LoginResult((String) claims.get("sub"), claims, accessToken == null ? null : accessToken.asText());
    }

    /**
     * The claims of an ID token, if it is signed by a key from the provider's JWKS (located by
     * {@code kid}, fetched from {@code jwks_uri}), its {@code iss} is the provider's issuer, its
     * {@code aud} contains this client's id, its {@code exp} is not past (with {@link #ALLOWED_SKEW},
     * time from the clock), and its {@code nonce} equals {@code expectedNonce}. Checked in that order;
     * an unknown {@code kid} counts as {@code BAD_SIGNATURE}.
     */
    public Map<String, Object> verifyIdToken(String idToken, String expectedNonce) {
        JwkSet keys = Jwks.setParser().build().parse(get(provider.jwksUri()));
        Claims claims;
        try {
            claims = Jwts.parser()
                    .keyLocator((Header header) -> keyFor(keys, header))
                    .requireIssuer(provider.issuer().toString())
                    .requireAudience(clientId)
                    .clock(() -> Date.from(clock.instant()))
                    .clockSkewSeconds(ALLOWED_SKEW.toSeconds())
                    .build()
                    .parseSignedClaims(idToken)
                    .getPayload();
        } catch (ExpiredJwtException e) {
            throw new OAuthException(Reason.EXPIRED, "the ID token expired", e);
        } catch (IncorrectClaimException | MissingClaimException e) {
            Reason reason = "aud".equals(e.getClaimName()) ? Reason.WRONG_AUDIENCE : Reason.WRONG_ISSUER;
            throw new OAuthException(reason, "claim " + e.getClaimName() + " is missing or wrong", e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new OAuthException(Reason.BAD_SIGNATURE, "the ID token does not verify", e);
        }
        if (!expectedNonce.equals(claims.get("nonce"))) {
            throw new OAuthException(Reason.NONCE_MISMATCH, "the ID token's nonce is not this login's");
        }
        return Map.copyOf(claims);
    }

    private static Key keyFor(JwkSet keys, Header header) {
        String kid = header instanceof JwsHeader jws ? jws.getKeyId() : null;
        return keys.getKeys().stream()
                .filter(jwk -> kid != null && kid.equals(jwk.getId()))
                .map(Jwk::toKey)
                .findFirst()
                .orElseThrow(() -> new io.jsonwebtoken.security.SignatureException("no key in the provider's JWKS for this kid"));
    }

    private JsonNode exchange(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", verifier);
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(provider.tokenEndpoint())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || body.get("id_token") == null) {
                throw new OAuthException(Reason.TOKEN_REQUEST_FAILED,
                        "the token endpoint answered " + response.statusCode() + " " + body.path("error").asText(""));
            }
            return body;
        } catch (IOException e) {
            throw new OAuthException(Reason.TOKEN_REQUEST_FAILED, "the token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException(Reason.TOKEN_REQUEST_FAILED, "interrupted", e);
        }
    }

    private String get(URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "cannot read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "interrupted", e);
        }
    }

    private String randomValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
