package dev.backendlab.phase05.indexing;

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
        // Column order matters: equality first (customer_id), then the ORDER BY column. INCLUDE adds
        // total_cents to the leaf entries without making it part of the key, so the same index also
        // answers SPEND_OF_CUSTOMERS alone: one index for two queries, one less for every write.
        return """
                CREATE UNIQUE INDEX orders_reference ON orders (reference);
                CREATE INDEX orders_customer_created ON orders (customer_id, created_at) INCLUDE (total_cents);
                CREATE INDEX orders_open_created ON orders (created_at) WHERE status = 'open';
                CREATE INDEX orders_lower_email ON orders (lower(email));
                """;
    }
}
