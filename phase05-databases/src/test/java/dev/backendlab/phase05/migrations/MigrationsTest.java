package dev.backendlab.phase05.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.postgres.TestDatabase;
import dev.backendlab.grader.fixtures.postgres.TestPostgres;
import dev.backendlab.phase05.support.Pools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Exercise(order = 4, title = "Migrations", topics = {"Migrations"})
class MigrationsTest {

    private static final String README = "see README, Exercise 4: Migrations";

    private static final String V1 = "CREATE TABLE books (id bigint PRIMARY KEY, title text NOT NULL);\n";
    private static final String V2 = """
            CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
            ALTER TABLE books ADD COLUMN author_id bigint REFERENCES authors;
            """;
    /** Needs V2's authors table: applied before V2 (V10 sorts before V2 as text), it fails. */
    private static final String V10 = "CREATE INDEX authors_name ON authors (name);\n";
    private static final String R_VIEW = "CREATE OR REPLACE VIEW book_titles AS SELECT id, title FROM books;\n";

    @TempDir
    Path folder;

    private TestDatabase db;
    private HikariDataSource pool;
    private final List<TestDatabase> extra = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        TestPostgres.get();
    }

    @BeforeEach
    void freshDatabase() {
        db = TestPostgres.get().newDatabase("migrations");
        pool = Pools.pool(db, 4);
    }

    @AfterEach
    void dropDatabase() {
        try {
            assertThat(Pools.borrowed(pool)).as("connections still borrowed from the pool after the check: close"
                    + " the runner's connection, also when a migration fails; " + README).isZero();
        } finally {
            pool.close();
            db.close();
            extra.forEach(TestDatabase::close);
        }
    }

    private MigrationRunner runner() {
        return new MigrationRunner(pool, folder);
    }

    @Test
    void versioned_files_are_applied_in_numeric_order_and_each_is_recorded() throws Exception {
        write("V1__create_books.sql", V1);
        write("V2__add_authors.sql", V2);
        write("V10__index_author_names.sql", V10);

        List<String> applied;
        try {
            applied = runner().migrate();
        } catch (MigrationFailedException e) {
            throw new AssertionError("migrate() with V1, V2 and V10 failed: " + e.getMessage() + ". V10 needs the table"
                    + " V2 creates: compare versions as numbers (as text \"10\" sorts before \"2\"); " + README, e);
        }
        assertThat(applied)
                .as("migrate() on an empty database with V1, V2 and V10: all three, V10 last (versions compare as"
                        + " numbers; as text \"10\" sorts before \"2\"); " + README)
                .containsExactly("V1__create_books.sql", "V2__add_authors.sql", "V10__index_author_names.sql");
        assertThat(rows("SELECT installed_rank || ' ' || version || ' ' || kind || ' ' || script || ' ' || description"
                + " FROM lab_schema_history ORDER BY installed_rank"))
                .as("lab_schema_history after the first migrate(): one row per file (rank, version, kind, script,"
                        + " description with spaces for underscores); " + README)
                .containsExactly("1 1 versioned V1__create_books.sql create books",
                        "2 2 versioned V2__add_authors.sql add authors",
                        "3 10 versioned V10__index_author_names.sql index author names");
        assertThat(rows("SELECT checksum::text FROM lab_schema_history WHERE version = '1'"))
                .as("checksum recorded for V1: the CRC32 of the file's bytes; " + README)
                .containsExactly(String.valueOf(crc32(V1)));
    }

    @Test
    void a_second_run_applies_nothing_and_a_new_file_is_applied_on_the_next() throws Exception {
        write("V1__create_books.sql", V1);
        write("V2__add_authors.sql", V2);
        runner().migrate();

        assertThat(runner().migrate()).as("migrate() again with no new file: nothing to apply; " + README).isEmpty();
        write("V3__add_isbn.sql", "ALTER TABLE books ADD COLUMN isbn text UNIQUE;\n");
        assertThat(runner().migrate()).as("migrate() after V3 was added: V3 only; " + README)
                .containsExactly("V3__add_isbn.sql");
        assertThat(rows("SELECT script FROM lab_schema_history ORDER BY installed_rank"))
                .as("history after three runs; " + README)
                .containsExactly("V1__create_books.sql", "V2__add_authors.sql", "V3__add_isbn.sql");
    }

    @Test
    void files_that_are_no_migrations_are_left_alone() throws Exception {
        write("V1__create_books.sql", V1);
        write("README.md", "notes about the migrations");
        write("V2__draft.sql.bak", "this is not SQL");
        write("v3__lower_case.sql", "this is not SQL either");

        assertThat(runner().migrate())
                .as("migrate() in a folder with V1__create_books.sql, README.md, V2__draft.sql.bak and"
                        + " v3__lower_case.sql: only names matching V<n>__<description>.sql or R__<description>.sql"
                        + " are migrations; " + README)
                .containsExactly("V1__create_books.sql");
    }

    @Test
    void each_file_commits_in_one_transaction_with_its_history_row() throws Exception {
        write("V1__create_books.sql", V1 + "CREATE TABLE tx_probe AS SELECT pg_current_xact_id()::text AS xid;\n");

        runner().migrate();
        assertThat(rows("SELECT (h.xmin::text = (p.xid::bigint % 4294967296)::text)::text"
                + " FROM lab_schema_history h, tx_probe p WHERE h.version = '1'"))
                .as("whether V1's SQL and its history row were written by the same transaction (the row's xmin is"
                        + " the id of the transaction V1 ran in): turn auto-commit off, run the file, insert the row,"
                        + " commit; " + README)
                .containsExactly("true");
    }

    @Test
    void a_failing_migration_is_rolled_back_whole_and_the_history_stays_as_it_was() throws Exception {
        write("V1__create_books.sql", V1);
        write("V2__add_authors.sql", """
                CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
                INSERT INTO no_such_table VALUES (1);
                """);

        assertThatExceptionOfType(MigrationFailedException.class)
                .as("migrate() when V2's second statement fails: MigrationFailedException naming V2's file; " + README)
                .isThrownBy(() -> runner().migrate())
                .withMessageContaining("V2__add_authors.sql");
        assertThat(rows("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_name IN ('books', 'authors') ORDER BY 1"))
                .as("tables after V2 failed: V1's books stays, V2's authors (its first statement) must be rolled back"
                        + " with the rest of V2. PostgreSQL rolls back CREATE TABLE too, when it ran in the same"
                        + " transaction: setAutoCommit(false) before the file, not one statement at a time; " + README)
                .containsExactly("books");
        assertThat(rows("SELECT script FROM lab_schema_history ORDER BY installed_rank"))
                .as("history after V2 failed: V1 only; " + README).containsExactly("V1__create_books.sql");

        write("V2__add_authors.sql", V2);
        assertThat(runner().migrate()).as("migrate() once V2 was fixed: V2, which was never recorded; " + README)
                .containsExactly("V2__add_authors.sql");
    }

    @Test
    void an_applied_file_that_changed_is_refused_by_name_and_nothing_is_applied() throws Exception {
        write("V1__create_books.sql", V1);
        runner().migrate();
        write("V1__create_books.sql", V1.replace("title text NOT NULL", "title text"));
        write("V2__add_authors.sql", V2);

        assertThatExceptionOfType(ChecksumMismatchException.class)
                .as("migrate() after V1__create_books.sql was edited: ChecksumMismatchException naming the file"
                        + " (its CRC32 differs from the one recorded); " + README)
                .isThrownBy(() -> runner().migrate())
                .withMessageContaining("V1__create_books.sql");
        assertThat(rows("SELECT script FROM lab_schema_history ORDER BY installed_rank"))
                .as("history after the refused run: validate every applied file before applying any new one, so V2"
                        + " must not have run; " + README)
                .containsExactly("V1__create_books.sql");
    }

    @Test
    void two_runners_started_at_once_take_turns_on_the_advisory_lock() throws Exception {
        write("V1__create_books.sql", V1);
        write("V2__add_authors.sql", V2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection holder = db.connect()) {
            execute(holder, "SELECT pg_advisory_lock(" + HistoryTable.ADVISORY_LOCK_KEY + ")");
            CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(this::migrateQuietly, threads);
            CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(this::migrateQuietly, threads);
            boolean bothWaited;
            try {
                BoundedWait.until(Duration.ofSeconds(3), () -> advisoryWaiters() == 2 || first.isDone() || second.isDone(),
                        "both runners to wait for the advisory lock");
                bothWaited = advisoryWaiters() == 2;
            } catch (AssertionError e) {
                bothWaited = false;
            } finally {
                execute(holder, "SELECT pg_advisory_unlock(" + HistoryTable.ADVISORY_LOCK_KEY + ")");
            }
            try {
                CompletableFuture.allOf(first, second).exceptionally(e -> null).get(4, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("one runner was still waiting for the advisory lock 4 s after the test released"
                        + " it, so the other runner kept it: release it with pg_advisory_unlock in a finally, on the"
                        + " connection that took it (a pooled connection stays open, and its session keeps the lock); "
                        + README, e);
            }

            assertThat(bothWaited)
                    .as("while the test held advisory lock " + HistoryTable.ADVISORY_LOCK_KEY + ", both runners must"
                            + " wait for it: SELECT pg_advisory_lock(key) first thing on the runner's connection; " + README)
                    .isTrue();
            assertThat(List.of(join(first), join(second)))
                    .as("what the two runners returned once the lock was free: one applies both files, the other then"
                            + " finds nothing to do (read the history only after taking the lock); " + README)
                    .containsExactlyInAnyOrder(List.of("V1__create_books.sql", "V2__add_authors.sql"), List.of());
        } finally {
            threads.shutdownNow();
        }
        assertThat(rows("SELECT script FROM lab_schema_history ORDER BY installed_rank"))
                .as("history after two runners; " + README).containsExactly("V1__create_books.sql", "V2__add_authors.sql");
        assertThat(advisoryLocksHeld()).as("advisory locks still held once both runners returned: release it in a"
                + " finally (pg_advisory_unlock) or it stays until the pooled connection closes; " + README).isZero();
    }

    @Test
    void a_repeatable_file_runs_after_the_versioned_ones_and_again_only_when_it_changes() throws Exception {
        write("R__book_titles_view.sql", R_VIEW);
        write("V1__create_books.sql", V1);

        assertThat(runner().migrate())
                .as("migrate() with V1 and R__book_titles_view.sql (the view needs V1's table): versioned files first,"
                        + " then repeatable ones; " + README)
                .containsExactly("V1__create_books.sql", "R__book_titles_view.sql");
        assertThat(runner().migrate()).as("migrate() again, R__ unchanged: nothing; " + README).isEmpty();
        write("R__book_titles_view.sql", R_VIEW.replace("SELECT id, title", "SELECT id, title, upper(title) AS shout"));
        assertThat(runner().migrate()).as("migrate() after R__book_titles_view.sql changed: it runs again; " + README)
                .containsExactly("R__book_titles_view.sql");
        assertThat(runner().migrate()).as("migrate() once more, R__ as it last ran: nothing (compare with its newest"
                + " history row, not its first); " + README).isEmpty();
        assertThat(rows("SELECT script || ' ' || kind || ' ' || coalesce(version, 'null') FROM lab_schema_history"
                + " ORDER BY installed_rank"))
                .as("history: the repeatable file has a row per run (version NULL), so its latest checksum is the"
                        + " newest row's; " + README)
                .containsExactly("V1__create_books.sql versioned 1", "R__book_titles_view.sql repeatable null",
                        "R__book_titles_view.sql repeatable null");
        assertThat(rows("SELECT column_name::text FROM information_schema.columns WHERE table_name = 'book_titles'"
                + " ORDER BY ordinal_position")).as("columns of the view after the changed R__ ran; " + README)
                .containsExactly("id", "title", "shout");
    }

    @Test
    void a_baseline_marks_an_existing_schema_so_only_later_versions_run() throws Exception {
        execute(pool, V1);
        execute(pool, V2);
        write("V1__create_books.sql", V1);
        write("V2__add_authors.sql", V2);
        write("V3__add_isbn.sql", "ALTER TABLE books ADD COLUMN isbn text UNIQUE;\n");

        runner().baseline(2, "existing schema");
        assertThat(rows("SELECT installed_rank || ' ' || version || ' ' || kind || ' ' || script || ' '"
                + " || coalesce(checksum::text, 'null') FROM lab_schema_history ORDER BY installed_rank"))
                .as("history after baseline(2, ...): one baseline row, no checksum; " + README)
                .containsExactly("1 2 baseline " + HistoryTable.BASELINE_SCRIPT + " null");
        assertThat(runner().migrate())
                .as("migrate() on a schema baselined at version 2 (its tables exist already): V3 only; " + README)
                .containsExactly("V3__add_isbn.sql");
    }

    @Test
    void a_baseline_is_refused_once_the_history_has_rows() throws Exception {
        write("V1__create_books.sql", V1);
        runner().migrate();

        assertThatExceptionOfType(IllegalStateException.class)
                .as("baseline(...) on a database that was migrated already: IllegalStateException; " + README)
                .isThrownBy(() -> runner().baseline(5, "too late"));
        assertThat(rows("SELECT script FROM lab_schema_history ORDER BY installed_rank"))
                .as("history after the refused baseline; " + README).containsExactly("V1__create_books.sql");
    }

    @Test
    void flyway_migrating_the_same_folder_agrees_with_your_runner_on_order_and_outcome() throws Exception {
        write("V1__create_books.sql", V1);
        write("V2__add_authors.sql", V2);
        write("V10__index_author_names.sql", V10);
        write("R__book_titles_view.sql", R_VIEW);
        runner().migrate();

        TestDatabase flywayDb = TestPostgres.get().newDatabase("migrations_flyway");
        extra.add(flywayDb);
        Flyway.configure()
                .dataSource(flywayDb.jdbcUrl(), flywayDb.user(), flywayDb.password())
                .locations("filesystem:" + folder.toAbsolutePath())
                .load()
                .migrate();

        assertThat(rows(db, "SELECT script FROM lab_schema_history ORDER BY installed_rank"))
                .as("the order your runner applied the files in, against Flyway's (flyway_schema_history); " + README)
                .containsExactlyElementsOf(rows(flywayDb, "SELECT script FROM flyway_schema_history ORDER BY installed_rank"));
        String schema = "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable"
                + " FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name NOT IN ('lab_schema_history', 'flyway_schema_history') ORDER BY 1";
        assertThat(rows(db, schema)).as("tables and columns your runner left, against the ones Flyway left; " + README)
                .containsExactlyElementsOf(rows(flywayDb, schema));
    }

    // ---- helpers ----

    private List<String> migrateQuietly() {
        try {
            return runner().migrate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> join(CompletableFuture<List<String>> runner) {
        try {
            return runner.join();
        } catch (RuntimeException e) {
            return List.of("failed: " + e.getCause());
        }
    }

    private long advisoryWaiters() {
        return Long.parseLong(rows("SELECT count(*)::text FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                + " WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted").get(0));
    }

    private long advisoryLocksHeld() {
        return Long.parseLong(rows("SELECT count(*)::text FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                + " WHERE d.datname = current_database() AND l.locktype = 'advisory'").get(0));
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql, StandardCharsets.UTF_8);
    }

    private static long crc32(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private List<String> rows(String sql) {
        return rows(db, sql);
    }

    private static List<String> rows(TestDatabase database, String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(sql + " failed: " + e.getMessage() + "; " + README, e);
        }
        return rows;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            execute(connection, sql);
        }
    }
}
