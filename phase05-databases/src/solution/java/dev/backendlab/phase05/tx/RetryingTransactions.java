package dev.backendlab.phase05.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;

/**
 * Runs work in a SERIALIZABLE transaction and retries it when PostgreSQL says the transaction lost
 * a race: SQLSTATE 40001 (serialization_failure) or 40P01 (deadlock_detected), whether the work or
 * the commit raised it. Any other failure is the caller's, rethrown at once.
 *
 * <p>Before retry {@code n} (n = 1 for the second attempt) it sleeps a "full jitter" backoff:
 * {@code random.nextLong(cap + 1)} milliseconds, where {@code cap = baseBackoff in ms × 2^(n-1)},
 * so clients that collided once do not collide again in step.
 */
public final class RetryingTransactions {

    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    private final DataSource dataSource;
    private final int maxAttempts;
    private final Duration baseBackoff;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    /** @param maxAttempts attempts in all, the first included; at least 1 */
    public RetryingTransactions(DataSource dataSource, int maxAttempts, Duration baseBackoff, RandomGenerator random,
            Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        this.dataSource = dataSource;
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.random = random;
        this.sleeper = sleeper;
    }

    /**
     * Runs {@code work} in a new SERIALIZABLE transaction and commits it, retrying as the class says.
     * Every failed attempt is rolled back before the next.
     *
     * @throws RetriesExhaustedException when all {@code maxAttempts} attempts failed with 40001 or 40P01
     * @throws SQLException              any other database error, at the first attempt it happens
     */
    public <T> T inSerializable(TransactionWork<T> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!RETRYABLE.contains(e.getSQLState())) {
                        throw e;
                    }
                    if (attempt == maxAttempts) {
                        throw new RetriesExhaustedException(attempt, e);
                    }
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            }
            backOff(attempt);
        }
    }

    private void backOff(int failedAttempts) {
        long cap = baseBackoff.toMillis() << (failedAttempts - 1);
        try {
            sleeper.sleep(Duration.ofMillis(random.nextLong(cap + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
