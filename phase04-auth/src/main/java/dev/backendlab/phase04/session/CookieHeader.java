package dev.backendlab.phase04.session;

import dev.backendlab.grader.NotImplementedYetException;
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
        // TODO split on ';', find the first '=', trim spaces and tabs, unquote, putIfAbsent into a LinkedHashMap
        throw new NotImplementedYetException("parse a Cookie header", "Exercise 4: Cookies and sessions");
    }
}
