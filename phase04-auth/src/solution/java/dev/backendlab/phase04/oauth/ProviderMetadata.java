package dev.backendlab.phase04.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.phase04.oauth.OAuthException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The endpoints of an OpenID Connect provider, as its discovery document publishes them.
 *
 * @param issuer                the provider's issuer identifier (the ID token's {@code iss})
 * @param authorizationEndpoint where the browser is sent to log in
 * @param tokenEndpoint         where the client exchanges the code
 * @param jwksUri               where the provider publishes its signing keys
 */
public record ProviderMetadata(URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {

    /**
     * Reads {@code <issuer>/.well-known/openid-configuration} (OpenID Connect Discovery 1.0,
     * section 4) and takes {@code issuer}, {@code authorization_endpoint}, {@code token_endpoint}
     * and {@code jwks_uri} from it.
     *
     * @throws OAuthException {@code PROVIDER_UNAVAILABLE} if the document cannot be fetched (not 200),
     *         is not JSON, misses one of the four members, or names another issuer than {@code issuer}
     */
    public static ProviderMetadata discover(HttpClient http, URI issuer) {
        URI wellKnown = URI.create(issuer.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "discovery answered " + response.statusCode());
            }
            JsonNode doc = new ObjectMapper().readTree(response.body());
            ProviderMetadata metadata = new ProviderMetadata(uri(doc, "issuer"), uri(doc, "authorization_endpoint"),
                    uri(doc, "token_endpoint"), uri(doc, "jwks_uri"));
            if (!metadata.issuer().equals(issuer)) {
                throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "the discovery document names another issuer");
            }
            return metadata;
        } catch (IOException e) {
            throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "discovery failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "interrupted", e);
        }
    }

    private static URI uri(JsonNode doc, String member) {
        JsonNode value = doc.get(member);
        if (value == null || !value.isTextual()) {
            throw new OAuthException(Reason.PROVIDER_UNAVAILABLE, "the discovery document has no " + member);
        }
        return URI.create(value.asText());
    }
}
