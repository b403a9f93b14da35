package dev.backendlab.phase05.tx;

import dev.backendlab.grader.NotImplementedYetException;
import java.sql.SQLException;
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

    public TransferService(DataSource dataSource) {
        // TODO keep the data source
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
        // TODO check the arguments; then, on one connection with auto-commit off: lock both rows
        //  (the lower id first), check the funds, write both balances, commit; roll back on any
        //  exception and rethrow it
        throw new NotImplementedYetException("transfer money in one transaction", "Exercise 3: Transactions");
    }
}
