package demo;

/** A shelf of titles. */
public final class ChangedReturnType {

    /** How many titles the shelf holds. */
    public long size() {
        throw new UnsupportedOperationException();
    }
}
