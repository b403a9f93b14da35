package dev.backendlab.phase05.tx;

import dev.backendlab.grader.NotImplementedYetException;
import java.sql.SQLException;
import java.time.Duration;
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

    /** @param maxAttempts attempts in all, the first included; at least 1 */
    public RetryingTransactions(DataSource dataSource, int maxAttempts, Duration baseBackoff, RandomGenerator random,
            Sleeper sleeper) {
        // TODO refuse maxAttempts below 1 (IllegalArgumentException), keep the rest
    }

    /**
     * Runs {@code work} in a new SERIALIZABLE transaction and commits it, retrying as the class says.
     * Every failed attempt is rolled back before the next.
     *
     * @throws RetriesExhaustedException when all {@code maxAttempts} attempts failed with 40001 or 40P01
     * @throws SQLException              any other database error, at the first attempt it happens
     */
    public <T> T inSerializable(TransactionWork<T> work) throws SQLException {
        // TODO per attempt: a connection, auto-commit off, TRANSACTION_SERIALIZABLE, work.run, commit;
        //  on SQLSTATE 40001 or 40P01 roll back, back off (sleeper, full jitter) and try again, at most
        //  maxAttempts in all; anything else: roll back and rethrow
        throw new NotImplementedYetException("retry a SERIALIZABLE transaction", "Exercise 3: Transactions");
    }
}
