package dev.backendlab.phase05.tx;

import dev.backendlab.grader.NotImplementedYetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Shows what an isolation level promises: reads the same balance twice in one transaction while
 * another transaction changes it in between.
 */
public final class IsolationDemo {

    public IsolationDemo(DataSource dataSource) {
        // TODO keep the data source
    }

    /**
     * In one transaction at {@code isolationLevel} ({@code Connection.TRANSACTION_READ_COMMITTED} or
     * {@code TRANSACTION_REPEATABLE_READ}): reads the account's balance, runs {@code betweenReads}
     * (which commits a change from another connection), reads the balance again, commits.
     *
     * @return the two balances read, in order
     */
    public List<Long> readTwice(long accountId, int isolationLevel, Runnable betweenReads) throws SQLException {
        // TODO one transaction at isolationLevel: read, betweenReads.run(), read again, commit
        throw new NotImplementedYetException("read a balance twice in one transaction", "Exercise 3: Transactions");
    }
}
