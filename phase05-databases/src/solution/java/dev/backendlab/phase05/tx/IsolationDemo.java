package dev.backendlab.phase05.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Shows what an isolation level promises: reads the same balance twice in one transaction while
 * another transaction changes it in between.
 */
public final class IsolationDemo {

    private final DataSource dataSource;

    public IsolationDemo(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * In one transaction at {@code isolationLevel} ({@code Connection.TRANSACTION_READ_COMMITTED} or
     * {@code TRANSACTION_REPEATABLE_READ}): reads the account's balance, runs {@code betweenReads}
     * (which commits a change from another connection), reads the balance again, commits.
     *
     * @return the two balances read, in order
     */
    public List<Long> readTwice(long accountId, int isolationLevel, Runnable betweenReads) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(isolationLevel);
            try {
                long first = balance(connection, accountId);
                betweenReads.run();
                long second = balance(connection, accountId);
                connection.commit();
                return List.of(first, second);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private static long balance(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT balance_cents FROM accounts WHERE id = ?")) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new UnknownAccountException(accountId);
                }
                return row.getLong(1);
            }
        }
    }
}
