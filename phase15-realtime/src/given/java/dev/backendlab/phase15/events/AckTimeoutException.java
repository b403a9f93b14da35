package dev.backendlab.phase15.events;

import java.time.Duration;

/** The client did not acknowledge an event in time; completes the future of the emit. */
public class AckTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AckTimeoutException(String peerId, String event, Duration timeout) {
        super(peerId + " did not acknowledge '" + event + "' within " + timeout.toMillis() + " ms");
    }
}
