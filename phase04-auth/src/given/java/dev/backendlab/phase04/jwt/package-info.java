/**
 * JSON Web Tokens with jjwt: issuing RS256 access tokens and verifying them against every
 * classic attack.
 *
 * <p>Start with {@link dev.backendlab.phase04.jwt.AccessTokenIssuer}, then
 * {@link dev.backendlab.phase04.jwt.AccessTokenVerifier} (the attacks are graded there, each with its
 * own {@link dev.backendlab.phase04.jwt.TokenRejectedException.Reason}),
 * {@link dev.backendlab.phase04.jwt.JwksDocument} (publishing the keys of the given
 * {@link dev.backendlab.phase04.jwt.KeyRing}) and
 * {@link dev.backendlab.phase04.jwt.HmacTokens} (the shared-secret variant, checked against
 * RFC 7515 Appendix A.1).
 */
package dev.backendlab.phase04.jwt;
