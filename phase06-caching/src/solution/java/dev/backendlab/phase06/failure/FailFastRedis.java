package dev.backendlab.phase06.failure;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;

/**
 * A lettuce client configured for a Redis that may go away: commands time out after
 * {@link #COMMAND_TIMEOUT_MILLIS} ms, are rejected at once while disconnected, and the client
 * reconnects in the background.
 */
public final class FailFastRedis {

    public static final long COMMAND_TIMEOUT_MILLIS = 250;

    private FailFastRedis() {
    }

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
