package dev.backendlab.phase06.failure;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.RedisClient;

/**
 * A lettuce client configured for a Redis that may go away.
 *
 * <p>Lettuce's defaults favour patience: a command waits up to 60 s for its reply, and while the
 * connection is down commands are queued until it comes back. A web request cannot wait that
 * long. This client:
 * <ul>
 *   <li>times a command out after {@link #COMMAND_TIMEOUT_MILLIS} ms, and a connect attempt too;
 *   <li>rejects commands at once while disconnected ({@code DisconnectedBehavior.REJECT_COMMANDS});
 *   <li>keeps reconnecting in the background (auto-reconnect on), so it recovers on its own.
 * </ul>
 */
public final class FailFastRedis {

    /** The longest a command may wait for Redis. */
    public static final long COMMAND_TIMEOUT_MILLIS = 250;

    private FailFastRedis() {
    }

    /** A client for {@code uri} with the options above. The caller shuts it down. */
    public static RedisClient create(String uri) {
        // TODO RedisURI with the timeout; ClientOptions with socketOptions(connectTimeout),
        //  timeoutOptions, disconnectedBehavior(REJECT_COMMANDS), autoReconnect(true)
        throw new NotImplementedYetException("configure a client that fails fast", "Exercise 7: When Redis fails");
    }
}
