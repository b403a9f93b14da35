package dev.backendlab.phase05.tx;

import java.time.Duration;

/** Waits between retries; the tests pass one that records the waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
