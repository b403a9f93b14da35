package dev.backendlab.phase05.tx;

import java.sql.SQLException;

/** A transaction failed with a retryable error on every attempt; the cause is the last error. */
public final class RetriesExhaustedException extends RuntimeException {

    private final int attempts;

    public RetriesExhaustedException(int attempts, SQLException last) {
        super("gave up after " + attempts + " attempts, the last failing with SQLSTATE " + last.getSQLState()
                + ": " + last.getMessage(), last);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
