package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.ParserLimits;
import java.time.Clock;
import java.time.Duration;

/**
 * How a server listens and how long it waits.
 *
 * @param port          the loopback port to bind; 0 picks a free one
 * @param limits        the request parser's limits
 * @param headerTimeout the longest a request head may take to arrive, from its first byte: a client
 *                      sending a byte now and then (slowloris) gets 408 and is closed. Node's
 *                      {@code server.headersTimeout}
 * @param idleTimeout   the longest a keep-alive connection may wait for the first byte of its next
 *                      request, and the longest a request body may pause; then the connection is
 *                      closed without a response. Node's {@code server.keepAliveTimeout}
 * @param clock         the source of the Date header
 */
public record ServerConfig(int port, ParserLimits limits, Duration headerTimeout, Duration idleTimeout, Clock clock) {

    /** Port 0, default limits, 10 s for a head, 5 s idle (Node's keepAliveTimeout), the system clock. */
    public static ServerConfig defaults() {
        return new ServerConfig(0, ParserLimits.DEFAULTS, Duration.ofSeconds(10), Duration.ofSeconds(5), Clock.systemUTC());
    }

    public ServerConfig withTimeouts(Duration headerTimeout, Duration idleTimeout) {
        return new ServerConfig(port, limits, headerTimeout, idleTimeout, clock);
    }

    public ServerConfig withLimits(ParserLimits limits) {
        return new ServerConfig(port, limits, headerTimeout, idleTimeout, clock);
    }
}
