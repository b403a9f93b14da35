package dev.backendlab.phase05.indexing;

/**
 * The five queries the application runs against {@link OrdersTable}, all slow without an index:
 * each reads the whole table. The orders table is also written to heavily (every order placed is an
 * INSERT, every status change an UPDATE), and every index makes every write do more work, so it
 * gets at most {@link #MAX_INDEXES} indexes besides its primary key, each one used by a query here.
 */
public final class Workload {

    public static final int MAX_INDEXES = 5;

    /** One order by its reference: an equality lookup on a unique value. */
    public static final String BY_REFERENCE = "SELECT * FROM orders WHERE reference = 'ORD-0123456'";

    /** A customer's latest orders: a filter, then an ORDER BY, then a LIMIT. */
    public static final String LATEST_OF_CUSTOMER =
            "SELECT id, created_at, total_cents FROM orders WHERE customer_id = 4242 ORDER BY created_at DESC LIMIT 5";

    /** What a range of customers spent: only two columns of each matching row are needed. */
    public static final String SPEND_OF_CUSTOMERS = """
            SELECT customer_id, sum(total_cents) FROM orders
            WHERE customer_id BETWEEN 100 AND 199 GROUP BY customer_id""";

    /** The oldest open orders: 1 row in 100 is open. */
    public static final String OLDEST_OPEN = "SELECT id, reference FROM orders WHERE status = 'open' ORDER BY created_at LIMIT 20";

    /** A customer by email, whatever the case the user typed it in. */
    public static final String BY_EMAIL = "SELECT id FROM orders WHERE lower(email) = lower('CUSTOMER4242@example.com')";

    private Workload() {
    }
}
