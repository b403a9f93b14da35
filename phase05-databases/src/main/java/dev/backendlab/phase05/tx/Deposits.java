package dev.backendlab.phase05.tx;

import dev.backendlab.grader.NotImplementedYetException;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Three ways to add money to a balance by reading it and writing it back, at READ COMMITTED. The
 * first loses updates when two deposits interleave; the other two do not. Each calls
 * {@code hook.afterRead(balance)} exactly once per read, after reading and before writing.
 */
public final class Deposits {

    public Deposits(DataSource dataSource) {
        // TODO keep the data source
    }

    /**
     * The lost update, on purpose: in one transaction, {@code SELECT balance_cents} (no lock), then
     * {@code UPDATE ... SET balance_cents = <the value read + cents>}, then commit. Two deposits that
     * both read before either writes leave only the second one's deposit.
     */
    public void depositReadModifyWrite(long accountId, long cents, ReadHook hook) throws SQLException {
        // TODO in one transaction: SELECT the balance, hook.afterRead(it), UPDATE to that value + cents, commit
        throw new NotImplementedYetException("deposit by read-modify-write (the lost update)", "Exercise 3: Transactions");
    }

    /**
     * The first cure, a pessimistic lock: the same read as {@code SELECT ... FOR UPDATE}, so a second
     * deposit waits at its read until the first one has committed, and then reads the new balance.
     */
    public void depositForUpdate(long accountId, long cents, ReadHook hook) throws SQLException {
        // TODO as depositReadModifyWrite, with the SELECT taking a row lock
        throw new NotImplementedYetException("deposit with SELECT ... FOR UPDATE", "Exercise 3: Transactions");
    }

    /**
     * The second cure, optimistic: read the balance and the version without a lock, then
     * {@code UPDATE ... SET balance_cents = ?, version = version + 1 WHERE id = ? AND version = <the
     * version read>}. An update that changes no row lost to another writer: read again and retry,
     * at most {@code maxAttempts} attempts in all.
     *
     * @return the number of attempts used, 1 when nobody interfered
     * @throws ConcurrentUpdateException after {@code maxAttempts} attempts that all lost
     */
    public int depositOptimistic(long accountId, long cents, int maxAttempts, ReadHook hook) throws SQLException {
        // TODO loop up to maxAttempts: read balance and version, hook.afterRead(balance), UPDATE only if the
        //  version is still the one read; executeUpdate() says how many rows changed
        throw new NotImplementedYetException("deposit with an optimistic version check", "Exercise 3: Transactions");
    }
}
