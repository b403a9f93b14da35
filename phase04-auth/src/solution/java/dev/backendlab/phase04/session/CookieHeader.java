package dev.backendlab.phase04.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the Cookie request header (RFC 6265 section 5.4 and the server's side of section 4.2). */
public final class CookieHeader {

    private CookieHeader() {
    }

    /**
     * The cookies in a Cookie header, name to value, in header order. Pairs are separated by
     * {@code ;}; spaces and tabs around names and values are dropped; the value is everything after
     * the first {@code =} (so it may contain {@code =}), without one pair of surrounding double
     * quotes. A piece without {@code =} or with an empty name is skipped. When a name repeats, the
     * first one wins (browsers send the most specific path first). Null or blank gives an empty map.
     */
    public static Map<String, String> parse(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (header == null) {
            return Collections.unmodifiableMap(cookies);
        }
        for (String piece : header.split(";")) {
            int eq = piece.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = trim(piece.substring(0, eq));
            String value = trim(piece.substring(eq + 1));
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (!name.isEmpty()) {
                cookies.putIfAbsent(name, value);
            }
        }
        return Collections.unmodifiableMap(cookies);
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(start, end);
    }
}
