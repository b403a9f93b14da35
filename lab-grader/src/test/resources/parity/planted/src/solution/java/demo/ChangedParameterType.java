package demo;

/** A shelf of titles. */
public final class ChangedParameterType {

    /** Adds {@code title}. */
    public void add(CharSequence title) {
        throw new UnsupportedOperationException();
    }
}
