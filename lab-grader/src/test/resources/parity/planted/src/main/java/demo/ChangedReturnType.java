package demo;

/** A shelf of titles. */
public final class ChangedReturnType {

    /** How many titles the shelf holds. */
    public int size() {
        throw new UnsupportedOperationException();
    }
}
