package dev.backendlab.phase05.migrations;

/**
 * The table where {@link MigrationRunner} records what it applied, one row per applied file (and
 * one for a baseline), like Flyway's {@code flyway_schema_history}.
 */
public final class HistoryTable {

    public static final String NAME = "lab_schema_history";

    /** Creates the table when it is missing. */
    public static final String CREATE = """
            CREATE TABLE IF NOT EXISTS lab_schema_history (
                installed_rank integer PRIMARY KEY,   -- 1, 2, 3, ... in the order rows were added
                version        text,                  -- '10' for V10__x.sql; NULL for a repeatable R__ file
                description    text NOT NULL,         -- 'add isbn index' for V10__add_isbn_index.sql
                kind           text NOT NULL CHECK (kind IN ('versioned', 'repeatable', 'baseline')),
                script         text NOT NULL,         -- the file name; '<< baseline >>' for a baseline
                checksum       bigint,                -- CRC32 of the file's bytes; NULL for a baseline
                installed_on   timestamptz NOT NULL DEFAULT now()
            )
            """;

    /** The script name of a baseline row. */
    public static final String BASELINE_SCRIPT = "<< baseline >>";

    /**
     * The key of the session-level advisory lock ({@code pg_advisory_lock}) a runner holds while it
     * migrates, so that two runners started at once take turns.
     */
    public static final long ADVISORY_LOCK_KEY = 5_000_005L;

    private HistoryTable() {
    }
}
