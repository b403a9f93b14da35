package dev.backendlab.phase04.rbac;

/**
 * What the authorization middleware answers: let the request through (200, with the principal),
 * or stop it with 401 or 403 and a {@code WWW-Authenticate} challenge.
 *
 * @param status          200, 401 or 403
 * @param wwwAuthenticate the challenge for a 401 or 403, null for a 200
 * @param principal       the caller for a 200, null otherwise
 */
public record Decision(int status, String wwwAuthenticate, Principal principal) {
}
