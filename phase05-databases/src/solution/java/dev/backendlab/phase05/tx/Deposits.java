package dev.backendlab.phase05.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Three ways to add money to a balance by reading it and writing it back, at READ COMMITTED. The
 * first loses updates when two deposits interleave; the other two do not. Each calls
 * {@code hook.afterRead(balance)} exactly once per read, after reading and before writing.
 */
public final class Deposits {

    private final DataSource dataSource;

    public Deposits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The lost update, on purpose: in one transaction, {@code SELECT balance_cents} (no lock), then
     * {@code UPDATE ... SET balance_cents = <the value read + cents>}, then commit. Two deposits that
     * both read before either writes leave only the second one's deposit.
     */
    public void depositReadModifyWrite(long accountId, long cents, ReadHook hook) throws SQLException {
        inTransaction(accountId, cents, hook, "SELECT balance_cents FROM accounts WHERE id = ?");
    }

    /**
     * The first cure, a pessimistic lock: the same read as {@code SELECT ... FOR UPDATE}, so a second
     * deposit waits at its read until the first one has committed, and then reads the new balance.
     */
    public void depositForUpdate(long accountId, long cents, ReadHook hook) throws SQLException {
        inTransaction(accountId, cents, hook, "SELECT balance_cents FROM accounts WHERE id = ? FOR UPDATE");
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
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                long balance;
                long version;
                try (PreparedStatement read = connection.prepareStatement(
                        "SELECT balance_cents, version FROM accounts WHERE id = ?")) {
                    read.setLong(1, accountId);
                    try (ResultSet row = read.executeQuery()) {
                        if (!row.next()) {
                            throw new UnknownAccountException(accountId);
                        }
                        balance = row.getLong(1);
                        version = row.getLong(2);
                    }
                }
                hook.afterRead(balance);
                try (PreparedStatement write = connection.prepareStatement(
                        "UPDATE accounts SET balance_cents = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                    write.setLong(1, balance + cents);
                    write.setLong(2, accountId);
                    write.setLong(3, version);
                    if (write.executeUpdate() == 1) {
                        return attempt;
                    }
                }
            }
        }
        throw new ConcurrentUpdateException(accountId, maxAttempts);
    }

    private void inTransaction(long accountId, long cents, ReadHook hook, String read) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long balance;
                try (PreparedStatement select = connection.prepareStatement(read)) {
                    select.setLong(1, accountId);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            throw new UnknownAccountException(accountId);
                        }
                        balance = row.getLong(1);
                    }
                }
                hook.afterRead(balance);
                try (PreparedStatement write = connection.prepareStatement(
                        "UPDATE accounts SET balance_cents = ? WHERE id = ?")) {
                    write.setLong(1, balance + cents);
                    write.setLong(2, accountId);
                    write.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
