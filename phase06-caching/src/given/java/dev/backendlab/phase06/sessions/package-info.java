/**
 * Exercise 6, sessions: a Redis-backed session store with sliding and absolute expiry, logout, and
 * listing and revoking every session of one user.
 *
 * <p>Start at {@link dev.backendlab.phase06.sessions.RedisSessionStore}.
 */
package dev.backendlab.phase06.sessions;
