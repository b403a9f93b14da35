package dev.backendlab.phase04.oauth;

import java.net.URI;

/**
 * A login in progress: where to send the browser, and the secrets to keep in the user's session
 * until the provider sends the browser back.
 *
 * @param authorizationUrl the provider's authorization endpoint with every parameter of this login
 * @param state            binds the callback to this browser (CSRF defence)
 * @param nonce            binds the ID token to this login (replay defence)
 * @param codeVerifier     the PKCE secret whose SHA-256 went out as code_challenge
 */
public record PendingAuthorization(URI authorizationUrl, String state, String nonce, String codeVerifier) {
}
