package dev.backendlab.phase05.indexing;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * The index migration for {@link Workload}: the statements that make each of its five queries use
 * an index, no more indexes than {@link Workload#MAX_INDEXES}, none that no query uses.
 */
public final class OrderIndexes {

    private OrderIndexes() {
    }

    /**
     * The {@code CREATE INDEX} statements, separated by semicolons, to run on {@link OrdersTable}.
     * Each query of {@link Workload} must then be answered from an index, reading a few pages
     * instead of the whole table:
     * <ul>
     *   <li>{@code BY_REFERENCE}: an Index Scan;
     *   <li>{@code LATEST_OF_CUSTOMER}: an index that hands the rows over already in
     *       {@code created_at} order, so the plan has no Sort;
     *   <li>{@code SPEND_OF_CUSTOMERS}: an Index Only Scan, the table itself never read;
     *   <li>{@code OLDEST_OPEN}: an index holding the open orders only (a partial index);
     *   <li>{@code BY_EMAIL}: an index on the expression the query compares.
     * </ul>
     */
    public static String migration() {
        // TODO return the CREATE INDEX statements; try each query with EXPLAIN (ANALYZE, BUFFERS) first
        throw new NotImplementedYetException("write the index migration", "Exercise 2: Indexing");
    }
}
