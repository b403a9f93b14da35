/**
 * An OAuth 2.0 authorization code + PKCE client that logs users in with OpenID Connect.
 *
 * <p>Start with {@link dev.backendlab.phase04.oauth.ProviderMetadata#discover}, then
 * {@link dev.backendlab.phase04.oauth.OAuthClient#start()} (the redirect),
 * {@link dev.backendlab.phase04.oauth.OAuthClient#verifyIdToken} and
 * {@link dev.backendlab.phase04.oauth.OAuthClient#callback} (state, code exchange, ID token).
 * The tests run a real authorization server (mock-oauth2-server) on a loopback port.
 */
package dev.backendlab.phase04.oauth;
