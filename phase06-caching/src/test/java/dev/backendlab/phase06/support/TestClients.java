package dev.backendlab.phase06.support;

import dev.backendlab.grader.fixtures.redis.TestRedis;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lettuce clients for the grading tests: one set of event-loop threads for the whole JVM, and
 * timeouts short enough that a missing reply ends a check with a message, not a hang.
 */
public final class TestClients {

    /** How long any single command may wait for Redis in a test. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);

    private static final ClientResources RESOURCES = DefaultClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .build();

    private TestClients() {
    }

    /** A client for the shared test Redis; throws the fixture's one clear message when there is none. */
    public static RedisClient client() {
        return client(TestRedis.get().uri());
    }

    /** A client for any Redis URI (a proxy in front of the test Redis, for example). */
    public static RedisClient client(String uri) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(COMMAND_TIMEOUT);
        RedisClient client = RedisClient.create(RESOURCES, redisUri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        return client;
    }

    public static void shutdown(RedisClient client) {
        if (client != null) {
            client.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }
}
