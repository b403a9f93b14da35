package dev.backendlab.phase04.password;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Map;

/**
 * A stored hash in the PHC string format, the subset this lab uses:
 * {@code $<id>$<param>=<value>[,<param>=<value>...]$<salt>$<hash>}, salt and hash in standard
 * Base64 without padding ("B64" in the PHC spec), for example
 * {@code $pbkdf2-sha256$i=600000$c2FsdHNhbHRzYWx0c2FsdA$...}.
 *
 * @param id     the algorithm, lowercase letters, digits and '-' (for example {@code pbkdf2-sha256})
 * @param params parameter names to values, in order
 * @param salt   the salt bytes
 * @param hash   the hash bytes
 */
public record PhcString(String id, Map<String, String> params, byte[] salt, byte[] hash) {

    /**
     * Reads a PHC string.
     *
     * @throws MalformedHashException if it does not have exactly the four fields above, the id or a
     *                                parameter is not well formed, or salt or hash is not B64
     */
    public static PhcString parse(String text) {
        // TODO split on '$', check each field, decode salt and hash; any problem is a MalformedHashException
        throw new NotImplementedYetException("parse a PHC string", "Exercise 1: Password hashing");
    }

    /** This hash as a PHC string, the inverse of {@link #parse}. */
    public String format() {
        // TODO "$" + id + "$" + name=value pairs joined by ',' + "$" + B64(salt) + "$" + B64(hash)
        throw new NotImplementedYetException("format a PHC string", "Exercise 1: Password hashing");
    }
}
