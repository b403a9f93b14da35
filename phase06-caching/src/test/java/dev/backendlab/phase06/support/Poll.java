package dev.backendlab.phase06.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Bounded polling, for what only Redis's own clock decides (a key with a 100 ms TTL expiring).
 * Not a way to wait for the code under test: that is done with futures and latches.
 */
public final class Poll {

    private Poll() {
    }

    /** Returns as soon as {@code condition} holds; fails with {@code what} after {@code max}. */
    public static void until(Duration max, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionFailedError("waited " + max.toMillis() + " ms for " + what + ", in vain");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted while waiting for " + what);
            }
        }
    }
}
