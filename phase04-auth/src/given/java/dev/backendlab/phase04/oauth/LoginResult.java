package dev.backendlab.phase04.oauth;

import java.util.Map;

/**
 * A completed login: who the provider says the user is, from a verified ID token.
 *
 * @param subject       the ID token's {@code sub}
 * @param idTokenClaims every claim of the verified ID token
 * @param accessToken   the access token for the provider's APIs (opaque to this client)
 */
public record LoginResult(String subject, Map<String, Object> idTokenClaims, String accessToken) {
}
