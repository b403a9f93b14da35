package dev.backendlab.phase05.migrations;

/** A migration file was changed after it had been applied; the runner applied nothing. */
public final class ChecksumMismatchException extends RuntimeException {

    public ChecksumMismatchException(String script, long recorded, long now) {
        super(script + " was changed after it was applied (checksum recorded " + recorded + ", now " + now
                + "): put the change in a new migration file instead, and restore this one");
    }
}
