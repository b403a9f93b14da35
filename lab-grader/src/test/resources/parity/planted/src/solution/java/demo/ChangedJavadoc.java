package demo;

/** A shelf of titles. */
public final class ChangedJavadoc {

    /** Removes every copy of {@code title}. */
    public void remove(String title) {
        throw new UnsupportedOperationException();
    }
}
