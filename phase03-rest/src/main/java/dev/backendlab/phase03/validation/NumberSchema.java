package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/**
 * A JSON number, optionally an integer and within bounds (inclusive). With {@link #coerce()} a
 * string holding a number ({@code "2000"}, as query parameters are) is accepted and becomes that
 * number, like {@code z.coerce.number()}. Checks in this order: integer ({@code invalid_type}), min
 * ({@code too_small}), max ({@code too_big}). The settings and the methods that set them are given in
 * {@link NumberSchemaBuilder}.
 */
public final class NumberSchema extends NumberSchemaBuilder {

    /**
     * Not a number (nor, when coercing, a string holding one): {@code invalid_type} and nothing
     * else. Otherwise every check that fails.
     *
     * @return the number; when a string was coerced, the number node Jackson would parse from it
     */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        // TODO Coerce a string if asked, check the type, then integer, min and max.
        throw new NotImplementedYetException("coerce a string if asked, check the type, then integer, min and max", "Exercise 4: Validation");
    }
}
