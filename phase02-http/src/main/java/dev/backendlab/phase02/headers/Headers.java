package dev.backendlab.phase02.headers;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HeaderField;
import java.util.List;

/**
 * Header fields as a case-insensitive multimap that keeps insertion order: the field lines a
 * message carries, in the order they are written.
 *
 * <p>Names compare case-insensitively ({@code Content-Type} and {@code content-type} are one
 * name) but are written with the case they were added with. A value is validated when it is
 * written, never when it is sent: a bad value is refused where the bug is.
 */
public final class Headers {

    // TODO Choose a representation. A list of HeaderField keeps order and repeats for free; a map
    //  from lower-cased name is faster to read. Headers are few: clarity wins.

    /**
     * Adds a field line after the existing ones, keeping any of the same name. Spaces and tabs
     * around the value are removed.
     *
     * @throws InvalidHeaderException when the name is not a token, or the value holds a character
     *                                outside tab, 0x20 to 0x7E and 0x80 to 0xFF (CR, LF, NUL,
     *                                other control characters, anything above 0xFF); the headers
     *                                are then unchanged
     */
    public void add(String name, String value) {
        // TODO Validate both parts first, then add.
        throw new NotImplementedYetException("add a header field", "Exercise 3: Headers");
    }

    /**
     * Gives {@code name} exactly this one value: the first field of that name is replaced in place
     * (taking the new name's case), the others are removed; with none, the field is added.
     *
     * @throws InvalidHeaderException as {@link #add}; the headers are then unchanged
     */
    public void set(String name, String value) {
        // TODO Set a header to one value.
        throw new NotImplementedYetException("set a header to one value", "Exercise 3: Headers");
    }

    /** Removes every field of that name. */
    public void remove(String name) {
        // TODO Remove a header.
        throw new NotImplementedYetException("remove a header", "Exercise 3: Headers");
    }

    public boolean contains(String name) {
        // TODO Tell whether a header is present.
        throw new NotImplementedYetException("tell whether a header is present", "Exercise 3: Headers");
    }

    /**
     * Every value of {@code name} joined with {@code ", "} in order (RFC 9110 section 5.3: a
     * recipient may combine repeated fields so), or null when there is none.
     *
     * @throws IllegalArgumentException for Set-Cookie, whose values contain commas (in Expires)
     *                                  and so cannot be joined: read them with {@link #all}
     */
    public String get(String name) {
        // TODO Read a header's values joined.
        throw new NotImplementedYetException("read a header's values joined", "Exercise 3: Headers");
    }

    /** Every value of {@code name}, each field separately, in order; empty when there is none. */
    public List<String> all(String name) {
        // TODO Read every value of a header.
        throw new NotImplementedYetException("read every value of a header", "Exercise 3: Headers");
    }

    /** Each name once, in the order first added, with the case it was first added with. */
    public List<String> names() {
        // TODO List the header names.
        throw new NotImplementedYetException("list the header names", "Exercise 3: Headers");
    }

    /** Every field line in order, as it will be written. */
    public List<HeaderField> fields() {
        // TODO List the field lines.
        throw new NotImplementedYetException("list the field lines", "Exercise 3: Headers");
    }
}
