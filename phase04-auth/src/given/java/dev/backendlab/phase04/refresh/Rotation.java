package dev.backendlab.phase04.refresh;

/**
 * The result of a successful refresh: whose session it is (to issue a new access token for) and
 * the refresh token that replaces the one just used.
 */
public record Rotation(String userId, String refreshToken) {
}
