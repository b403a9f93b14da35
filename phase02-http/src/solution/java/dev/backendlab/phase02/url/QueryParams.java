package dev.backendlab.phase02.url;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
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

    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

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
        QueryParams params = new QueryParams();
        if (query == null) {
            return params;
        }
        String text = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.append(PercentCodec.decode(name, true), PercentCodec.decode(value, true));
        }
        return params;
    }

    /** The first value of {@code name}, or null. Names are case-sensitive. */
    public String get(String name) {
        return entries.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Every value of {@code name}, in order; empty when there is none. */
    public List<String> getAll(String name) {
        return entries.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    public boolean has(String name) {
        return entries.stream().anyMatch(e -> e.getKey().equals(name));
    }

    /** Adds a pair at the end, keeping any existing pairs of that name. */
    public void append(String name, String value) {
        entries.add(new SimpleImmutableEntry<>(name, value));
    }

    /**
     * Gives {@code name} exactly one value: the first pair of that name takes it and keeps its
     * position, later pairs of that name are removed; with none, the pair is appended.
     */
    public void set(String name, String value) {
        int first = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey().equals(name)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            append(name, value);
            return;
        }
        entries.set(first, new SimpleImmutableEntry<>(name, value));
        for (int i = entries.size() - 1; i > first; i--) {
            if (entries.get(i).getKey().equals(name)) {
                entries.remove(i);
            }
        }
    }

    /** Removes every pair of that name. */
    public void delete(String name) {
        entries.removeIf(e -> e.getKey().equals(name));
    }

    /** Every pair in order, as an unmodifiable snapshot. */
    public List<Map.Entry<String, String>> entries() {
        return List.copyOf(entries);
    }

    /** Serialized as application/x-www-form-urlencoded, see {@link PercentCodec#encodeForm}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : entries) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(PercentCodec.encodeForm(entry.getKey())).append('=').append(PercentCodec.encodeForm(entry.getValue()));
        }
        return text.toString();
    }
}
