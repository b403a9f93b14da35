package dev.backendlab.phase06.failure;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;

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
        Duration timeout = Duration.ofMillis(COMMAND_TIMEOUT_MILLIS);
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(timeout);
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build());
        return client;
    }
}
