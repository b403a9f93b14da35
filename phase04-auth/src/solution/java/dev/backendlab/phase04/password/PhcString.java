package dev.backendlab.phase04.password;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern PARAM = Pattern.compile("([a-z0-9-]{1,32})=([a-zA-Z0-9/+.-]+)");
    private static final Pattern B64 = Pattern.compile("[A-Za-z0-9+/]+");

    /**
     * Reads a PHC string.
     *
     * @throws MalformedHashException if it does not have exactly the four fields above, the id or a
     *                                parameter is not well formed, or salt or hash is not B64
     */
    public static PhcString parse(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new MalformedHashException("a PHC string starts with '$'");
        }
        String[] fields = text.substring(1).split("\\$", -1);
        if (fields.length != 4) {
            throw new MalformedHashException("expected $id$params$salt$hash, found " + fields.length + " fields");
        }
        if (!ID.matcher(fields[0]).matches()) {
            throw new MalformedHashException("the algorithm id is not well formed");
        }
        return new PhcString(fields[0], params(fields[1]), b64("salt", fields[2]), b64("hash", fields[3]));
    }

    /** This hash as a PHC string, the inverse of {@link #parse}. */
    public String format() {
        StringBuilder text = new StringBuilder("$").append(id).append('$');
        params.forEach((name, value) -> text.append(name).append('=').append(value).append(','));
        text.setLength(text.length() - 1);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return text.append('$').append(b64.encodeToString(salt)).append('$').append(b64.encodeToString(hash)).toString();
    }

    private static Map<String, String> params(String field) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : field.split(",", -1)) {
            var m = PARAM.matcher(pair);
            if (!m.matches() || params.put(m.group(1), m.group(2)) != null) {
                throw new MalformedHashException("parameters must be name=value pairs separated by ','");
            }
        }
        return params;
    }

    private static byte[] b64(String what, String field) {
        if (!B64.matcher(field).matches() || field.length() % 4 == 1) {
            throw new MalformedHashException("the " + what + " is not Base64 without padding");
        }
        return Base64.getDecoder().decode(field);
    }
}
