package dev.backendlab.phase05.tx;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The statements of one transaction, run on a connection that is already in the transaction.
 * It may run more than once (each time in a fresh transaction), so it must not change anything
 * outside the database.
 */
@FunctionalInterface
public interface TransactionWork<T> {

    T run(Connection connection) throws SQLException;
}
