package dev.backendlab.phase05.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Moves money between accounts so that, whatever runs at the same time, the sum of all balances
 * never changes and no balance goes below zero.
 *
 * <p>Each transfer is one transaction at READ COMMITTED (PostgreSQL's default): it locks both rows
 * with {@code SELECT ... FOR UPDATE}, checks the funds on the locked values, writes both balances
 * and commits; any failure rolls the whole transfer back. The two rows are always locked in the
 * order of their ids, so two opposite transfers (1 to 2 and 2 to 1) queue instead of deadlocking.
 */
public final class TransferService {

    private final DataSource dataSource;

    public TransferService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Moves {@code cents} from one account to the other.
     *
     * @throws IllegalArgumentException   if {@code cents} is not positive or both ids are the same
     *                                    (before any SQL runs)
     * @throws UnknownAccountException    if either account does not exist; nothing changes
     * @throws InsufficientFundsException if the paying account holds less than {@code cents};
     *                                    nothing changes
     * @throws SQLException               whatever else the database refuses, after the transaction
     *                                    was rolled back, so nothing changes either
     */
    public void transfer(long fromId, long toId, long cents) throws SQLException {
        if (cents <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount, not " + cents);
        }
        if (fromId == toId) {
            throw new IllegalArgumentException("a transfer needs two accounts, got " + fromId + " twice");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<Long, Long> balances = lockInIdOrder(connection, fromId, toId);
                long available = balances.get(fromId);
                if (available < cents) {
                    throw new InsufficientFundsException(fromId, available, cents);
                }
                add(connection, fromId, -cents);
                add(connection, toId, cents);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Locks both rows, the lower id first, and returns their balances. */
    private static Map<Long, Long> lockInIdOrder(Connection connection, long a, long b) throws SQLException {
        Map<Long, Long> balances = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id, balance_cents FROM accounts WHERE id IN (?, ?) ORDER BY id FOR UPDATE")) {
            lock.setLong(1, a);
            lock.setLong(2, b);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    balances.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        for (long id : new long[] {a, b}) {
            if (!balances.containsKey(id)) {
                throw new UnknownAccountException(id);
            }
        }
        return balances;
    }

    private static void add(Connection connection, long id, long cents) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE accounts SET balance_cents = balance_cents + ? WHERE id = ?")) {
            update.setLong(1, cents);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}
