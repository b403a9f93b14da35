package dev.backendlab.phase04.oauth;

import dev.backendlab.grader.NotImplementedYetException;
import java.net.URI;
import java.net.http.HttpClient;

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
        // TODO GET the well-known document with the HttpClient, read the four members with Jackson's ObjectMapper,
        //  check the issuer; any failure is an OAuthException(PROVIDER_UNAVAILABLE)
        throw new NotImplementedYetException("read the provider's discovery document", "Exercise 5: OAuth client");
    }
}
