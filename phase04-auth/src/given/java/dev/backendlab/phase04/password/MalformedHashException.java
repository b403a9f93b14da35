package dev.backendlab.phase04.password;

/**
 * A stored password hash that cannot be read: truncated, not valid Base64, an unknown algorithm,
 * parameters out of range. Thrown instead of whatever a parser would crash with, so a corrupt
 * row in the user table is reported as such and never mistaken for a wrong password.
 */
public class MalformedHashException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param detail what is wrong with the stored hash (never the hash or a password itself) */
    public MalformedHashException(String detail) {
        super("malformed stored password hash: " + detail);
    }
}
