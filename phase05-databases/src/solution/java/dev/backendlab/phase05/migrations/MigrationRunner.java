package dev.backendlab.phase05.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Applies the SQL files of one folder to a database, as Flyway does, and records each in
 * {@link HistoryTable}.
 *
 * <p>Files: {@code V<n>__<description>.sql} is versioned ({@code n} a whole number, compared as a
 * number: V2 before V10), {@code R__<description>.sql} is repeatable; underscores in the description
 * stand for spaces. Any other file is no migration and is left alone. A file's checksum is the
 * {@link CRC32} of its bytes.
 *
 * <p>{@link #migrate()}, in order:
 * <ol>
 *   <li>take the advisory lock {@link HistoryTable#ADVISORY_LOCK_KEY} ({@code pg_advisory_lock},
 *       waiting for another runner to finish), then create the history table if it is missing;
 *   <li>validate: every applied versioned file still present must have its recorded checksum,
 *       otherwise throw {@link ChecksumMismatchException} before applying anything;
 *   <li>apply each versioned file above the highest version recorded (a baseline counts), lowest
 *       first, then each repeatable file (by description) that was never applied or whose checksum
 *       differs from its latest row;
 *   <li>each file runs in its own transaction, together with the insert of its history row; when
 *       its SQL fails, roll back and throw {@link MigrationFailedException} (files applied before it
 *       stay applied);
 *   <li>release the lock, whatever happened.
 * </ol>
 */
public final class MigrationRunner {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__(.+)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");

    private final DataSource dataSource;
    private final Path folder;

    public MigrationRunner(DataSource dataSource, Path folder) {
        this.dataSource = dataSource;
        this.folder = folder;
    }

    /** A migration file as read from the folder; {@code version} is null for a repeatable one. */
    private record Migration(Long version, String description, String script, long checksum, String sql) {
    }

    /**
     * Brings the database up to date with the folder, as the class describes.
     *
     * @return the file names applied by this call, in the order applied; empty when nothing was pending
     * @throws ChecksumMismatchException if an applied file has changed (nothing is applied)
     * @throws MigrationFailedException  if a file's SQL fails (that file is rolled back)
     */
    public List<String> migrate() throws SQLException, IOException {
        List<Migration> files = readFolder();
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                execute(connection, HistoryTable.CREATE);
                List<Migration> pending = pending(connection, files);
                List<String> applied = new ArrayList<>();
                for (Migration migration : pending) {
                    apply(connection, migration);
                    applied.add(migration.script());
                }
                return applied;
            } finally {
                unlock(connection);
            }
        }
    }

    /**
     * Records that the database's existing schema stands for {@code version}: one history row of
     * kind {@code baseline}, script {@link HistoryTable#BASELINE_SCRIPT}, no checksum. Later
     * migrations then apply only the files above that version.
     *
     * @throws IllegalStateException if the history already has a row (baseline only a database that
     *                               was never migrated)
     */
    public void baseline(long version, String description) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                execute(connection, HistoryTable.CREATE);
                if (nextRank(connection) > 1) {
                    throw new IllegalStateException(HistoryTable.NAME + " already has rows: only a database that was"
                            + " never migrated can be baselined");
                }
                insertHistory(connection, 1, String.valueOf(version), description, "baseline",
                        HistoryTable.BASELINE_SCRIPT, null);
            } finally {
                unlock(connection);
            }
        }
    }

    private List<Migration> readFolder() throws IOException {
        List<Migration> versioned = new ArrayList<>();
        List<Migration> repeatable = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                Matcher v = VERSIONED.matcher(name);
                Matcher r = REPEATABLE.matcher(name);
                if (v.matches()) {
                    versioned.add(read(path, Long.valueOf(v.group(1)), v.group(2)));
                } else if (r.matches()) {
                    repeatable.add(read(path, null, r.group(1)));
                }
            }
        }
        versioned.sort(Comparator.comparing(Migration::version));
        repeatable.sort(Comparator.comparing(Migration::description));
        versioned.addAll(repeatable);
        return versioned;
    }

    private static Migration read(Path path, Long version, String description) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Migration(version, description.replace('_', ' '), path.getFileName().toString(), crc.getValue(),
                new String(bytes, StandardCharsets.UTF_8));
    }

    /** Validates the applied files and returns the ones to apply, in order. */
    private static List<Migration> pending(Connection connection, List<Migration> files) throws SQLException {
        Map<String, Long> versionedChecksums = new HashMap<>();
        Map<String, Long> latestRepeatable = new HashMap<>();
        long highest = Long.MIN_VALUE;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, kind, script, checksum FROM "
                        + HistoryTable.NAME + " ORDER BY installed_rank")) {
            while (rows.next()) {
                String kind = rows.getString("kind");
                if (kind.equals("repeatable")) {
                    latestRepeatable.put(rows.getString("script"), rows.getLong("checksum"));
                } else {
                    highest = Math.max(highest, Long.parseLong(rows.getString("version")));
                    if (kind.equals("versioned")) {
                        versionedChecksums.put(rows.getString("script"), rows.getLong("checksum"));
                    }
                }
            }
        }
        List<Migration> pending = new ArrayList<>();
        for (Migration file : files) {
            Long recorded = versionedChecksums.get(file.script());
            if (file.version() != null && recorded != null && recorded != file.checksum()) {
                throw new ChecksumMismatchException(file.script(), recorded, file.checksum());
            }
            if (file.version() != null ? file.version() > highest && recorded == null
                    : !Long.valueOf(file.checksum()).equals(latestRepeatable.get(file.script()))) {
                pending.add(file);
            }
        }
        return pending;
    }

    /** The file's SQL and its history row in one transaction: PostgreSQL rolls back DDL too. */
    private static void apply(Connection connection, Migration migration) throws SQLException {
        connection.setAutoCommit(false);
        try {
            execute(connection, migration.sql());
            insertHistory(connection, nextRank(connection), migration.version() == null ? null : migration.version().toString(),
                    migration.description(), migration.version() == null ? "repeatable" : "versioned",
                    migration.script(), migration.checksum());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new MigrationFailedException(migration.script(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int nextRank(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM " + HistoryTable.NAME)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void insertHistory(Connection connection, int rank, String version, String description, String kind,
            String script, Long checksum) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HistoryTable.NAME
                + " (installed_rank, version, description, kind, script, checksum) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, rank);
            insert.setString(2, version);
            insert.setString(3, description);
            insert.setString(4, kind);
            insert.setString(5, script);
            insert.setObject(6, checksum, Types.BIGINT);
            insert.executeUpdate();
        }
    }

    private static void lock(Connection connection) throws SQLException {
        execute(connection, "SELECT pg_advisory_lock(" + HistoryTable.ADVISORY_LOCK_KEY + ")");
    }

    private static void unlock(Connection connection) throws SQLException {
        execute(connection, "SELECT pg_advisory_unlock(" + HistoryTable.ADVISORY_LOCK_KEY + ")");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
