package dev.backendlab.phase02.headers;

import dev.backendlab.phase02.parser.HeaderField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Header fields as a case-insensitive multimap that keeps insertion order: the field lines a
 * message carries, in the order they are written.
 *
 * <p>Names compare case-insensitively ({@code Content-Type} and {@code content-type} are one
 * name) but are written with the case they were added with. A value is validated when it is
 * written, never when it is sent: a bad value is refused where the bug is.
 */
public final class Headers {

    private static final String SET_COOKIE = "set-cookie";
    private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final List<HeaderField> fields = new ArrayList<>();

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
        fields.add(validated(name, value));
    }

    /**
     * Gives {@code name} exactly this one value: the first field of that name is replaced in place
     * (taking the new name's case), the others are removed; with none, the field is added.
     *
     * @throws InvalidHeaderException as {@link #add}; the headers are then unchanged
     */
    public void set(String name, String value) {
        HeaderField field = validated(name, value);
        int first = indexOf(name);
        if (first < 0) {
            fields.add(field);
            return;
        }
        fields.set(first, field);
        for (int i = fields.size() - 1; i > first; i--) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                fields.remove(i);
            }
        }
    }

    /** Removes every field of that name. */
    public void remove(String name) {
        fields.removeIf(f -> f.name().equalsIgnoreCase(name));
    }

    public boolean contains(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * Every value of {@code name} joined with {@code ", "} in order (RFC 9110 section 5.3: a
     * recipient may combine repeated fields so), or null when there is none.
     *
     * @throws IllegalArgumentException for Set-Cookie, whose values contain commas (in Expires)
     *                                  and so cannot be joined: read them with {@link #all}
     */
    public String get(String name) {
        if (name.equalsIgnoreCase(SET_COOKIE)) {
            throw new IllegalArgumentException("Set-Cookie values cannot be joined with commas: use all(\"Set-Cookie\")");
        }
        List<String> values = all(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** Every value of {@code name}, each field separately, in order; empty when there is none. */
    public List<String> all(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(HeaderField::value).toList();
    }

    /** Each name once, in the order first added, with the case it was first added with. */
    public List<String> names() {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (HeaderField field : fields) {
            byLowerCase.putIfAbsent(field.name().toLowerCase(Locale.ROOT), field.name());
        }
        return List.copyOf(byLowerCase.values());
    }

    /** Every field line in order, as it will be written. */
    public List<HeaderField> fields() {
        return List.copyOf(fields);
    }

    @Override
    public String toString() {
        return fields.stream().map(f -> f.name() + ": " + f.value()).collect(Collectors.joining(", ", "{", "}"));
    }

    private int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Checks both parts before anything changes; strips OWS around the value. */
    private static HeaderField validated(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c < 0x7F && (Character.isLetterOrDigit(c) || TCHAR_SYMBOLS.indexOf(c) >= 0))) {
            throw new InvalidHeaderException("header name '" + name + "' is not a token");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
            if (!allowed) {
                throw new InvalidHeaderException(String.format("header %s: character U+%04X at index %d is not allowed in a value", name, (int) c, i));
            }
        }
        return new HeaderField(name, trimOws(value));
    }

    private static String trimOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }
}
