package dev.backendlab.phase02.url;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of name/value pairs, the Java twin of WHATWG's URLSearchParams: the same names
 * may repeat, order is kept, {@code get} returns the first value.
 *
 * <p>One difference: a malformed escape ({@code %zz}) is refused with {@link InvalidUrlException}
 * where URLSearchParams keeps it as text. A server answers 400 rather than guess.
 */
public final class QueryParams {

    // TODO Choose how to store the pairs: order matters and names repeat, so not a plain Map.

    /** An empty list; fill it with {@link #append}. */
    public QueryParams() {
    }

    /**
     * Parses application/x-www-form-urlencoded text: pairs split on {@code &}, empty pairs skipped,
     * name and value split on the first {@code =} (no {@code =} means an empty value), {@code +} is
     * a space, escapes are decoded as UTF-8. A leading {@code ?} is ignored; null or empty gives an
     * empty list.
     *
     * @throws InvalidUrlException on an invalid escape
     */
    public static QueryParams parse(String query) {
        // TODO Split first, decode after: an encoded %26 is an '&' inside a value, not a separator.
        throw new NotImplementedYetException("parse the query string", "Exercise 2: URL handling");
    }

    /** The first value of {@code name}, or null. Names are case-sensitive. */
    public String get(String name) {
        // TODO Return the first value of a name.
        throw new NotImplementedYetException("return the first value of a name", "Exercise 2: URL handling");
    }

    /** Every value of {@code name}, in order; empty when there is none. */
    public List<String> getAll(String name) {
        // TODO Return every value of a name.
        throw new NotImplementedYetException("return every value of a name", "Exercise 2: URL handling");
    }

    public boolean has(String name) {
        // TODO Tell whether a name is present.
        throw new NotImplementedYetException("tell whether a name is present", "Exercise 2: URL handling");
    }

    /** Adds a pair at the end, keeping any existing pairs of that name. */
    public void append(String name, String value) {
        // TODO Append a pair.
        throw new NotImplementedYetException("append a pair", "Exercise 2: URL handling");
    }

    /**
     * Gives {@code name} exactly one value: the first pair of that name takes it and keeps its
     * position, later pairs of that name are removed; with none, the pair is appended.
     */
    public void set(String name, String value) {
        // TODO Set a name to one value.
        throw new NotImplementedYetException("set a name to one value", "Exercise 2: URL handling");
    }

    /** Removes every pair of that name. */
    public void delete(String name) {
        // TODO Delete every pair of a name.
        throw new NotImplementedYetException("delete every pair of a name", "Exercise 2: URL handling");
    }

    /** Every pair in order, as an unmodifiable snapshot. */
    public List<Map.Entry<String, String>> entries() {
        // TODO List the pairs in order.
        throw new NotImplementedYetException("list the pairs in order", "Exercise 2: URL handling");
    }

    /** Serialized as application/x-www-form-urlencoded, see {@link PercentCodec#encodeForm}. */
    @Override
    public String toString() {
        // TODO name=value pairs joined with '&', both sides encoded with PercentCodec.encodeForm.
        throw new NotImplementedYetException("serialize the pairs as form data", "Exercise 2: URL handling");
    }
}
