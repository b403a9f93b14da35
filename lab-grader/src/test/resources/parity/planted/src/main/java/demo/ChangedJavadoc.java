package demo;

/** A shelf of titles. */
public final class ChangedJavadoc {

    /** Removes the first copy of {@code title}. */
    public void remove(String title) {
        throw new UnsupportedOperationException();
    }
}
