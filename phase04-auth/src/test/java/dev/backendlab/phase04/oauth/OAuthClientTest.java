package dev.backendlab.phase04.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase04.oauth.OAuthException.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Graded against mock-oauth2-server, a real OAuth 2.0 / OpenID Connect authorization server started
 * on a random loopback port for each check: it checks PKCE, spends codes once, and signs its ID
 * tokens with a key it publishes in its JWKS.
 */
@Exercise(order = 5, title = "OAuth client", topics = {"OAuth"})
@DisplayName("Exercise 5: OAuth client")
class OAuthClientTest {

    static final String CLIENT_ID = "lab-client";
    static final URI REDIRECT = URI.create("http://127.0.0.1:9/callback");

    MockOAuth2Server server;
    ProviderMetadata provider;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start_the_authorization_server() {
        server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        provider = metadataOf("lab");
    }

    @AfterEach
    void stop_the_authorization_server() {
        server.shutdown();
    }

    ProviderMetadata metadataOf(String issuerId) {
        return new ProviderMetadata(URI.create(server.issuerUrl(issuerId).toString()),
                URI.create(server.authorizationEndpointUrl(issuerId).toString()),
                URI.create(server.tokenEndpointUrl(issuerId).toString()),
                URI.create(server.jwksUrl(issuerId).toString()));
    }

    OAuthClient client(Clock clock) {
        return new OAuthClient(http, provider, CLIENT_ID, "lab-secret", REDIRECT, clock, new SecureRandom());
    }

    OAuthClient client() {
        return client(Clock.systemUTC());
    }

    /** What the browser does: follow the authorization URL and come back with the redirect's Location. */
    URI browse(URI authorizationUrl) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(authorizationUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("the provider redirects the browser back after login; it answered %s to GET %s:%n%s",
                response.statusCode(), authorizationUrl, response.body()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static URI withParam(URI uri, String name, String value) {
        String raw = uri.toString().replaceAll("([?&])" + name + "=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return URI.create(raw + (raw.contains("?") ? "&" : "?") + name + "=" + value);
    }

    /** Every request the server received so far (its queue is drained: each check has its own server). */
    List<RecordedRequest> requests() {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(server.takeRequest(200, TimeUnit.MILLISECONDS));
            } catch (RuntimeException noMore) { // mock-oauth2-server signals an empty queue this way
                return requests;
            }
        }
    }

    static Reason refused(Runnable call) {
        OAuthException e = catchThrowableOfType(OAuthException.class, call::run);
        assertThat(e).as("this login must be stopped with an OAuthException").isNotNull();
        return e.reason();
    }

    @Nested
    @DisplayName("the authorization request")
    class Start {

        @Test
        void the_url_carries_the_oidc_and_pkce_parameters() throws Exception {
            PendingAuthorization pending = client().start();
            URI url = pending.authorizationUrl();
            assertThat(url.toString()).as("the provider's authorization endpoint").startsWith(provider.authorizationEndpoint() + "?");
            Map<String, String> q = query(url);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(pending.codeVerifier().getBytes(StandardCharsets.US_ASCII)));
            assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
                    .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("scope", "openid")
                    .containsEntry("state", pending.state()).containsEntry("nonce", pending.nonce())
                    .containsEntry("code_challenge_method", "S256")
                    .as("code_challenge = BASE64URL(SHA-256(code_verifier)), RFC 7636 section 4.2")
                    .containsEntry("code_challenge", challenge);
        }

        @Test
        void state_nonce_and_verifier_are_fresh_256_bit_values() {
            OAuthClient client = client();
            PendingAuthorization first = client.start();
            PendingAuthorization second = client.start();
            for (PendingAuthorization p : List.of(first, second)) {
                assertThat(List.of(p.state(), p.nonce(), p.codeVerifier())).as("32 random bytes each, Base64URL: 43 characters")
                        .allMatch(v -> v.matches("[A-Za-z0-9_-]{43}"));
            }
            assertThat(second.state()).isNotEqualTo(first.state());
            assertThat(second.nonce()).isNotEqualTo(first.nonce());
            assertThat(second.codeVerifier()).isNotEqualTo(first.codeVerifier());
        }

        @Test
        void discovery_reads_the_provider_s_endpoints() {
            assertThat(ProviderMetadata.discover(http, provider.issuer()))
                    .as("GET <issuer>/.well-known/openid-configuration").isEqualTo(provider);
        }
    }

    @Nested
    @DisplayName("the callback and the code exchange")
    class Callback {

        @Test
        void a_full_login_ends_with_the_verified_user() throws Exception {
            server.enqueueCallback(new DefaultOAuth2TokenCallback("lab", "ada", "JWT", List.of(CLIENT_ID), Map.of(), 3600));
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            LoginResult result = client.callback(pending, browse(pending.authorizationUrl()));
            assertThat(result.subject()).isEqualTo("ada");
            assertThat(result.idTokenClaims()).containsEntry("nonce", pending.nonce()).containsEntry("iss", provider.issuer().toString());
            assertThat(result.accessToken()).as("the access token from the token response").isNotBlank();
        }

        @Test
        void the_code_is_exchanged_with_the_verifier_and_client_authentication() throws Exception {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI back = browse(pending.authorizationUrl());
            client.callback(pending, back);
            RecordedRequest token = requests().stream().filter(r -> "POST".equals(r.getMethod())).findFirst()
                    .orElseThrow(() -> new AssertionError("no POST reached the token endpoint"));
            assertThat(token.getPath()).isEqualTo(provider.tokenEndpoint().getPath());
            Map<String, String> form = query(URI.create("x:/?" + token.getBody().readUtf8()));
            assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", query(back).get("code"))
                    .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("code_verifier", pending.codeVerifier());
            assertThat(token.getHeader("Authorization")).as("client_secret_basic, RFC 6749 section 2.3.1")
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString("lab-client:lab-secret".getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void another_state_is_rejected_before_any_token_request() throws Exception {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI forged = withParam(browse(pending.authorizationUrl()), "state", "attacker-state");
            assertThat(refused(() -> client.callback(pending, forged)))
                    .as("login CSRF: a callback this browser's login did not start").isEqualTo(Reason.STATE_MISMATCH);
            assertThat(requests()).as("nothing may be sent to the provider for a callback with a wrong state")
                    .noneMatch(r -> "POST".equals(r.getMethod()));
        }

        @Test
        void a_missing_state_is_rejected() throws Exception {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI back = browse(pending.authorizationUrl());
            URI noState = URI.create(back.toString().replaceAll("[?&]state=[^&]*", "").replaceFirst("^([^?]*)&", "$1?"));
            assertThat(refused(() -> client.callback(pending, noState))).isEqualTo(Reason.STATE_MISMATCH);
        }

        @Test
        void an_error_from_the_provider_stops_the_login() {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI denied = URI.create(REDIRECT + "?error=access_denied&state=" + pending.state());
            assertThat(refused(() -> client.callback(pending, denied))).isEqualTo(Reason.AUTHORIZATION_DENIED);
        }

        @Test
        void a_callback_without_a_code_is_rejected() {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            assertThat(refused(() -> client.callback(pending, URI.create(REDIRECT + "?state=" + pending.state()))))
                    .isEqualTo(Reason.MISSING_CODE);
        }

        @Test
        void a_code_exchanged_with_another_verifier_is_refused_by_the_server() throws Exception {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI back = browse(pending.authorizationUrl());
            PendingAuthorization stolenCode = new PendingAuthorization(pending.authorizationUrl(), pending.state(), pending.nonce(),
                    "x".repeat(43));
            assertThat(refused(() -> client.callback(stolenCode, back)))
                    .as("PKCE: an intercepted code is useless without the verifier").isEqualTo(Reason.TOKEN_REQUEST_FAILED);
        }

        @Test
        void a_code_cannot_be_used_twice() throws Exception {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI back = browse(pending.authorizationUrl());
            client.callback(pending, back);
            assertThat(refused(() -> client.callback(pending, back))).isEqualTo(Reason.TOKEN_REQUEST_FAILED);
        }

        @Test
        void an_id_token_with_another_nonce_is_rejected() throws Exception {
            OAuthClient client = client();
            PendingAuthorization pending = client.start();
            URI back = browse(pending.authorizationUrl());
            PendingAuthorization otherLogin = new PendingAuthorization(pending.authorizationUrl(), pending.state(), "another-nonce",
                    pending.codeVerifier());
            assertThat(refused(() -> client.callback(otherLogin, back))).isEqualTo(Reason.NONCE_MISMATCH);
        }
    }

    @Nested
    @DisplayName("the ID token")
    class IdToken {

        String token(String issuerId, String audience, Map<String, Object> claims) {
            return server.issueToken(issuerId, "ada", audience, claims).serialize();
        }

        @Test
        void a_token_of_this_provider_for_this_client_verifies() {
            Map<String, Object> claims = client().verifyIdToken(token("lab", CLIENT_ID, Map.of("nonce", "n-1")), "n-1");
            assertThat(claims).containsEntry("sub", "ada").containsEntry("nonce", "n-1");
        }

        @Test
        void a_token_for_another_client_is_rejected() {
            String idToken = token("lab", "another-client", Map.of("nonce", "n-1"));
            assertThat(refused(() -> client().verifyIdToken(idToken, "n-1")))
                    .as("an ID token the provider issued to another app must not log anyone in here").isEqualTo(Reason.WRONG_AUDIENCE);
        }

        @Test
        void a_token_from_another_issuer_sharing_the_keys_is_rejected() {
            // A multi-tenant provider may sign every tenant's tokens with the same keys: only iss tells them apart.
            provider = new ProviderMetadata(provider.issuer(), provider.authorizationEndpoint(), provider.tokenEndpoint(),
                    URI.create(server.jwksUrl("tenant-b").toString()));
            String idToken = token("tenant-b", CLIENT_ID, Map.of("nonce", "n-1"));
            assertThat(refused(() -> client().verifyIdToken(idToken, "n-1"))).isEqualTo(Reason.WRONG_ISSUER);
        }

        @Test
        void a_token_signed_by_a_key_not_in_the_provider_s_jwks_is_rejected() {
            String idToken = token("other", CLIENT_ID, Map.of("nonce", "n-1"));
            assertThat(refused(() -> client().verifyIdToken(idToken, "n-1"))).isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void a_changed_payload_is_rejected() {
            String[] parts = token("lab", CLIENT_ID, Map.of("nonce", "n-1")).split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"ada\"", "\"root\"");
            String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];
            assertThat(refused(() -> client().verifyIdToken(forged, "n-1"))).isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void an_expired_token_is_rejected() {
            String idToken = token("lab", CLIENT_ID, Map.of("nonce", "n-1"));
            OAuthClient later = client(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
            assertThat(refused(() -> later.verifyIdToken(idToken, "n-1"))).as("the token lives 1 h; the client's clock says 2 h later")
                    .isEqualTo(Reason.EXPIRED);
        }

        @Test
        void a_token_without_a_nonce_is_rejected() {
            String idToken = token("lab", CLIENT_ID, Map.of());
            assertThat(refused(() -> client().verifyIdToken(idToken, "n-1"))).isEqualTo(Reason.NONCE_MISMATCH);
        }
    }
}
