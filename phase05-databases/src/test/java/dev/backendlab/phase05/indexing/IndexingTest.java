package dev.backendlab.phase05.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.postgres.TestDatabase;
import dev.backendlab.grader.fixtures.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans, not timings: each query runs under {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} and is
 * graded by the plan's node types and the pages (8 KiB buffers) it touched, which do not depend on
 * the machine's speed. Without an index every query here reads the whole table, about 3,000 pages.
 */
@Exercise(order = 2, title = "Indexing", topics = {"Indexing"})
class IndexingTest {

    private static final String README = "see README, Exercise 2: Indexing";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestDatabase db;
    /** Whether the learner's migration ran on this database yet (it runs once, in the first check). */
    private static boolean migrated;

    @BeforeAll
    static void createTheTable() throws SQLException {
        db = TestPostgres.get().newDatabase("indexing");
        execute(OrdersTable.CREATE);
        // The visibility map lets an Index Only Scan skip the table; statistics make plans stable.
        execute("VACUUM (ANALYZE) orders");
    }

    @AfterAll
    static void dropTheTable() {
        if (db != null) {
            db.close();
        }
    }

    /** Runs {@link OrderIndexes#migration()} once, then ANALYZE (expression indexes get statistics of their own). */
    private static synchronized void indexed() throws SQLException {
        if (migrated) {
            return;
        }
        String migration = OrderIndexes.migration();
        try {
            execute(migration);
        } catch (SQLException e) {
            throw new AssertionError("OrderIndexes.migration() failed on the orders table: " + e.getMessage()
                    + "; " + README, e);
        }
        execute("VACUUM (ANALYZE) orders");
        migrated = true;
    }

    @Test
    void an_equality_lookup_on_the_reference_is_an_index_scan_that_reads_a_few_pages() throws SQLException {
        indexed();
        Plan plan = explain(Workload.BY_REFERENCE);

        assertThat(plan.nodeTypes()).as("plan node types of BY_REFERENCE (" + Workload.BY_REFERENCE + "): a B-tree"
                + " index on reference turns the Seq Scan into an Index Scan; " + README).contains("Index Scan")
                .doesNotContain("Seq Scan");
        assertThat(plan.buffers()).as("pages BY_REFERENCE touched: an index on reference reads its few levels and one table page, where"
                + " the table has about 3,000; " + README + "; the plan:%n%s", plan).isLessThanOrEqualTo(10);
    }

    @Test
    void a_composite_index_serves_the_filter_and_the_order_by_without_a_sort() throws SQLException {
        indexed();
        Plan plan = explain(Workload.LATEST_OF_CUSTOMER);

        assertThat(plan.nodeTypes()).as("plan node types of LATEST_OF_CUSTOMER (" + Workload.LATEST_OF_CUSTOMER + "):"
                + " an index on (customer_id, created_at) finds the customer's rows already ordered by created_at,"
                + " so the plan needs no Sort node (an index on customer_id alone, or on (created_at, customer_id),"
                + " leaves one); " + README).doesNotContain("Sort", "Seq Scan", "Incremental Sort")
                .containsAnyOf("Index Scan", "Index Only Scan");
        assertThat(plan.buffers()).as("pages LATEST_OF_CUSTOMER touched: customer 4242 has 10 orders, and an index that starts with"
                + " customer_id reaches them directly; one that starts with created_at walks through every customer's"
                + " orders from the newest until it has found 5; " + README + "; the plan:%n%s", plan).isLessThanOrEqualTo(20);
    }

    @Test
    void a_covering_index_answers_the_sum_without_reading_the_table() throws SQLException {
        indexed();
        Plan plan = explain(Workload.SPEND_OF_CUSTOMERS);

        assertThat(plan.nodeTypes()).as("plan node types of SPEND_OF_CUSTOMERS: an index whose entries hold"
                + " customer_id and total_cents (INCLUDE (total_cents)) is read alone, an Index Only Scan; "
                + README).contains("Index Only Scan").doesNotContain("Seq Scan");
        assertThat(plan.heapFetches()).as("heap fetches of the Index Only Scan (rows it still looked up in the"
                + " table); " + README).isZero();
        assertThat(plan.buffers()).as("pages SPEND_OF_CUSTOMERS touched for 1,000 rows: an index on (customer_id ...) INCLUDE"
                + " (total_cents) keeps them next to each other; " + README + "; the plan:%n%s", plan)
                .isLessThanOrEqualTo(40);
    }

    @Test
    void a_partial_index_holds_only_the_open_orders_and_serves_their_query() throws SQLException {
        indexed();
        Plan plan = explain(Workload.OLDEST_OPEN);
        List<String> partial = plan.indexNames().stream().filter(IndexingTest::isPartial).toList();

        assertThat(partial).as("indexes OLDEST_OPEN's plan used that are partial (CREATE INDEX ... WHERE status ="
                + " 'open'): the plan used %s; " + README, plan.indexNames()).isNotEmpty();
        assertThat(plan.nodeTypes()).as("plan node types of OLDEST_OPEN: a partial index on created_at returns the"
                + " open orders in order, no Sort; " + README).doesNotContain("Sort", "Seq Scan");
        assertThat(indexPages(partial.get(0))).as("pages of the partial index %s: it holds 2,000 open orders of"
                + " 200,000 rows, so it is far smaller than a full index; " + README, partial.get(0))
                .isLessThanOrEqualTo(20);
    }

    @Test
    void an_expression_index_serves_the_case_insensitive_email_lookup() throws SQLException {
        indexed();
        Plan plan = explain(Workload.BY_EMAIL);

        assertThat(plan.indexNames()).as("indexes BY_EMAIL's plan used (" + Workload.BY_EMAIL + "): an index on"
                + " email cannot answer lower(email) = ...; an index ON orders (lower(email)) can; " + README)
                .anyMatch(name -> definition(name).contains("lower(email)"));
        assertThat(plan.nodeTypes()).as("plan node types of BY_EMAIL; " + README).doesNotContain("Seq Scan");
        assertThat(plan.buffers()).as("pages BY_EMAIL touched for its 10 rows: the index on lower(email), then one table page per"
                + " row at most; " + README + "; the plan:%n%s", plan).isLessThanOrEqualTo(30);
    }

    @Test
    void every_index_is_used_by_the_workload_and_there_are_at_most_five() throws SQLException {
        indexed();
        Set<String> used = new LinkedHashSet<>();
        for (String query : List.of(Workload.BY_REFERENCE, Workload.LATEST_OF_CUSTOMER, Workload.SPEND_OF_CUSTOMERS,
                Workload.OLDEST_OPEN, Workload.BY_EMAIL)) {
            used.addAll(explain(query).indexNames());
        }
        List<String> yours = strings("SELECT indexname FROM pg_indexes WHERE tablename = 'orders'"
                + " AND indexname <> 'orders_pkey' ORDER BY indexname");

        assertThat(yours).as("indexes on orders besides its primary key: every index slows every INSERT and UPDATE"
                + " of this write-heavy table, so at most " + Workload.MAX_INDEXES + "; " + README)
                .hasSizeLessThanOrEqualTo(Workload.MAX_INDEXES);
        assertThat(yours).as("indexes on orders that no query of the workload uses (the five plans used %s): drop"
                + " them, or make one index serve two queries; " + README, used)
                .allMatch(used::contains);
    }

    // ---- plans ----

    /** What the grading reads from one EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON). */
    private record Plan(List<String> nodeTypes, List<String> indexNames, long buffers, long heapFetches, String json) {
        @Override
        public String toString() {
            return json;
        }
    }

    private static Plan explain(String query) throws SQLException {
        String json = strings("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + query).get(0);
        JsonNode root;
        try {
            root = JSON.readTree(json).get(0).get("Plan");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> types = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        long[] heapFetches = {0};
        walk(root, types, indexes, heapFetches);
        long buffers = root.path("Shared Hit Blocks").asLong() + root.path("Shared Read Blocks").asLong();
        return new Plan(types, indexes, buffers, heapFetches[0], root.toPrettyString());
    }

    private static void walk(JsonNode node, List<String> types, List<String> indexes, long[] heapFetches) {
        types.add(node.path("Node Type").asText());
        if (node.has("Index Name")) {
            indexes.add(node.get("Index Name").asText());
        }
        heapFetches[0] += node.path("Heap Fetches").asLong();
        for (JsonNode child : node.path("Plans")) {
            walk(child, types, indexes, heapFetches);
        }
    }

    private static boolean isPartial(String index) {
        return definition(index).contains(" WHERE ");
    }

    private static String definition(String index) {
        try {
            List<String> rows = strings("SELECT indexdef FROM pg_indexes WHERE indexname = '" + index.replace("'", "''") + "'");
            return rows.isEmpty() ? "" : rows.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long indexPages(String index) throws SQLException {
        return Long.parseLong(strings("SELECT relpages::text FROM pg_class WHERE relname = '" + index.replace("'", "''") + "'").get(0));
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
