package dev.backendlab.phase03.caching;

import dev.backendlab.grader.NotImplementedYetException;

/** Entity tags (RFC 9110 section 8.8.3): make a strong one, compare them weakly or strongly. */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * A strong entity tag for a representation: a double-quoted string that changes whenever any byte
     * does, here the first 16 bytes of its SHA-256 in lower-case hex: {@code "3f2a...9c"} (34 characters
     * with the quotes).
     */
    public static String strong(byte[] representation) {
        // TODO Hash the bytes with SHA-256 and quote the hex of the first 16 bytes.
        throw new NotImplementedYetException("hash the bytes with SHA-256 and quote the hex of the first 16 bytes", "Exercise 10: Caching");
    }

    /**
     * Whether an {@code If-None-Match} value matches the current tag, by weak comparison (section
     * 8.8.3.2): {@code *} matches any tag; otherwise the value is a comma-separated list of tags, and
     * one matches if it equals the current tag once a {@code W/} prefix is ignored on both.
     */
    public static boolean weakMatch(String header, String current) {
        // TODO Handle *, split the list, compare ignoring W/ prefixes.
        throw new NotImplementedYetException("handle *, split the list, compare ignoring W/ prefixes", "Exercise 10: Caching");
    }

    /**
     * Whether an {@code If-Match} value matches the current tag, by strong comparison: {@code *}
     * matches any tag; otherwise a listed tag matches only if neither it nor the current tag is weak
     * and they are the same string.
     */
    public static boolean strongMatch(String header, String current) {
        // TODO Handle *, split the list, compare exactly, never matching a weak tag.
        throw new NotImplementedYetException("handle *, split the list, compare exactly, never matching a weak tag", "Exercise 10: Caching");
    }
}
