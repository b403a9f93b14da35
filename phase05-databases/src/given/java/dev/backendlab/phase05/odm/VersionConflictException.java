package dev.backendlab.phase05.odm;

/** The document was saved by someone else since it was read (its {@code __v} moved on); nothing was written. */
public final class VersionConflictException extends RuntimeException {

    public VersionConflictException(Object id, int version) {
        super("no document " + id + " at version " + version + ": it changed since it was read; read it again");
    }
}
