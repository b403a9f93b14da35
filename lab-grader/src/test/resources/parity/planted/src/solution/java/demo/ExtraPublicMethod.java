package demo;

/** A shelf of titles. */
public final class ExtraPublicMethod {

    /** Adds {@code title}. */
    public void add(String title) {
        throw new UnsupportedOperationException();
    }

    public void clear() {
    }
}
