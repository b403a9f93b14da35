package demo;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.ArrayList;
import java.util.List;

/**
 * A library of titles: the same contract as the solution's, wrapped
 * differently, with stub bodies.
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
        // TODO add each title, refusing any beyond CAPACITY
        throw new NotImplementedYetException("add titles", "Exercise 1: Library");
    }

    /** Adds {@code title} at {@code index}. */
    public synchronized void add(int index, T title) {
        // TODO insert the title
        throw new NotImplementedYetException("add a title at an index", "Exercise 1: Library");
    }

    @Override
    public java.util.Iterator<T> iterator() {
        throw new NotImplementedYetException("iterate", "Exercise 1: Library");
    }

    /** How a title is shelved. */
    public enum Shelving {
        /** By title. */
        ALPHABETICAL,
        /** By when it came in. */
        ARRIVAL
    }

    /** A loan of one title. */
    public record Loan(String title, int days) {
    }

    /** Sees every title added. */
    public interface Listener {
        /** Called once per title added. */
        void added(String title);
    }
}
