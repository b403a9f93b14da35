package dev.backendlab.phase03.ratelimit;

import java.time.Duration;

/**
 * What a {@link TokenBucket} decided for one request.
 *
 * @param allowed    whether a token was taken
 * @param remaining  tokens left after this decision
 * @param retryAfter when refused: how long until the next token; {@link Duration#ZERO} when allowed
 * @param untilFull  how long until the bucket is full again; {@link Duration#ZERO} when it is full
 */
public record Decision(boolean allowed, long remaining, Duration retryAfter, Duration untilFull) {
}
