package dev.backendlab.phase06.stampede;

import java.time.Duration;

/** Another caller held the loading lock, and no value appeared, for longer than the caller may wait. */
public class LockWaitTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LockWaitTimeoutException(String key, Duration waited) {
        super("waited " + waited.toMillis() + " ms for another caller to load " + key + "; no value appeared");
    }
}
