package dev.backendlab.phase05.migrations;

import java.sql.SQLException;

/** A migration's SQL failed; its transaction was rolled back, so neither it nor its history row is there. */
public final class MigrationFailedException extends RuntimeException {

    public MigrationFailedException(String script, SQLException cause) {
        super(script + " failed and was rolled back: " + cause.getMessage(), cause);
    }
}
