package dev.backendlab.phase05.migrations;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
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

    public MigrationRunner(DataSource dataSource, Path folder) {
        // TODO keep the data source and the folder
    }

    /**
     * Brings the database up to date with the folder, as the class describes.
     *
     * @return the file names applied by this call, in the order applied; empty when nothing was pending
     * @throws ChecksumMismatchException if an applied file has changed (nothing is applied)
     * @throws MigrationFailedException  if a file's SQL fails (that file is rolled back)
     */
    public List<String> migrate() throws SQLException, IOException {
        // TODO read the folder (V<n>__ and R__ files, CRC32 checksums); on one connection take the advisory
        //  lock, create the history table, validate checksums, then apply each pending file in its own
        //  transaction with its history row; unlock in a finally
        throw new NotImplementedYetException("apply the pending migrations", "Exercise 4: Migrations");
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
        // TODO under the advisory lock: create the history table, refuse if it has rows, insert the baseline row
        throw new NotImplementedYetException("baseline an existing schema", "Exercise 4: Migrations");
    }
}
