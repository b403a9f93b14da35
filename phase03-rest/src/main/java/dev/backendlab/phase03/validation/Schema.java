package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/**
 * A rule for a JSON value, built like a Zod schema and checked against a Jackson tree:
 * <pre>{@code
 * Schema book = Schema.object()
 *         .field("title", Schema.string().min(1))
 *         .field("year", Schema.number().integer().min(1450))
 *         .optional("tags", Schema.array(Schema.string()).max(5));
 * ValidationResult result = book.validate(json);   // every error at once, with JSON Pointers
 * }</pre>
 *
 * <p>Violations come in schema order: an object's fields in the order declared, then its unknown
 * members in document order; a value's own checks in the order its class names, then its
 * {@link #refine} rules. A value of the wrong type gets one {@code invalid_type} and no other check.
 *
 * <p>The factories, {@code refine} and {@code typeOf} are given in {@link SchemaBuilder}; you write
 * the checking: {@link #validate}, {@link #run}, {@link #child}.
 */
public abstract class Schema extends SchemaBuilder {

    /** Checks a whole document; its pointer is {@code ""}. */
    public final ValidationResult validate(JsonNode document) {
        // TODO Run the schema on the document at pointer "" and collect every violation.
        throw new NotImplementedYetException("run the schema on the document at pointer \"\" and collect every violation", "Exercise 4: Validation");
    }

    /**
     * Checks the value at {@code pointer} with {@link #check}, then the refinements if it passed.
     * Schemas that hold other schemas (arrays, objects) call this on them.
     *
     * @return the value, coerced where the schema coerces
     */
    protected final JsonNode run(JsonNode value, String pointer, List<Violation> errors) {
        // TODO Check the value, then the refinements if the check added no violation.
        throw new NotImplementedYetException("check the value, then the refinements if the check added no violation", "Exercise 4: Validation");
    }

    /**
     * The schema's own checks of a value that is present (not missing; it may be a JSON null).
     * Adds a {@link Violation} to {@code errors} for every rule the value breaks.
     *
     * @return the value, coerced where the schema coerces
     */
    protected abstract JsonNode check(JsonNode value, String pointer, List<Violation> errors);

    /**
     * The pointer of a member or an index under a parent pointer, escaped as RFC 6901 section 3 says
     * ({@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}): {@code child("/a", "b/c")} is
     * {@code /a/b~1c}.
     */
    protected static String child(String parent, String key) {
        // TODO Escape the key as RFC 6901 says and append it to the parent pointer.
        throw new NotImplementedYetException("escape the key as RFC 6901 says and append it to the parent pointer", "Exercise 4: Validation");
    }
}
