package demo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A library of titles: the same contract as the solution's, wrapped differently, with stub bodies.
 */
public class Library<T extends CharSequence> implements Iterable<T> {

    /** The most titles a library holds. */
    public static final int CAPACITY = 100;

    private final List<T> titles = new ArrayList<>();
    private final String name;

    /** @param name what the library is called */
    public Library(String name) {
        this.name = name;
    }

    /** Adds every title of {@code more}, in order. */
    @SafeVarargs
    public final void add(T... more) {
        for (T title : more) {
            add(titles.size(), title);
        }
    }

    /** Adds {@code title} at {@code index}. */
    public void add(int index, T title) {
        if (titles.size() == CAPACITY) {
            throw new IllegalStateException(name + " is full");
        }
        titles.add(index, title);
    }

    @Override
    public Iterator<T> iterator() {
        return titles.iterator();
    }

    @Override
    public String toString() {
        return name + titles;
    }

    private void helper() {
    }

    /** How a title is shelved. */
    public enum Shelving {
        /** By title. */
        ALPHABETICAL,
        /** By when it came in. */
        ARRIVAL;

        private int rank;
    }

    /** A loan of one title. */
    public record Loan(String title, int days) {
    }

    /** Sees every title added. */
    public interface Listener {
        /** Called once per title added. */
        public abstract void added(String title);
    }
}
