package dev.backendlab.phase06.sessions;

import java.time.Duration;

/**
 * @param idleTimeout      a session not used for this long is over (sliding: each use restarts it)
 * @param absoluteLifetime a session is over this long after login, however active it is
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteLifetime) {
}
