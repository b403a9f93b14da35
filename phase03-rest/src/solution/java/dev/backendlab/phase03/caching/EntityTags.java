package dev.backendlab.phase03.caching;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} value matches the current tag, by weak comparison (section
     * 8.8.3.2): {@code *} matches any tag; otherwise the value is a comma-separated list of tags, and
     * one matches if it equals the current tag once a {@code W/} prefix is ignored on both.
     */
    public static boolean weakMatch(String header, String current) {
        if (header.trim().equals("*")) {
            return true;
        }
        for (String tag : header.split(",")) {
            if (opaque(tag.trim()).equals(opaque(current))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code If-Match} value matches the current tag, by strong comparison: {@code *}
     * matches any tag; otherwise a listed tag matches only if neither it nor the current tag is weak
     * and they are the same string.
     */
    public static boolean strongMatch(String header, String current) {
        if (header.trim().equals("*")) {
            return true;
        }
        if (current.startsWith("W/")) {
            return false;
        }
        for (String tag : header.split(",")) {
            if (tag.trim().equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
