package dev.backendlab.phase04.api;

import dev.backendlab.phase04.rbac.Principal;

/**
 * Turns a bearer token into the principal it was issued to, like exercise 2's
 * {@code AccessTokenVerifier} would; the tests give one backed by a table of tokens.
 */
@FunctionalInterface
public interface TokenVerifier {

    /**
     * @throws InvalidTokenException when the token is unknown, expired, forged or otherwise refused
     */
    Principal verify(String token);
}
