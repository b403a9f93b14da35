package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/**
 * A string, with optional length bounds (counted in code points, so an emoji is one character) and
 * patterns that must match the whole string. Checks in this order: min ({@code too_small}), max
 * ({@code too_big}), each pattern ({@code pattern}). The settings and the methods that set them are
 * given in {@link StringSchemaBuilder}.
 */
public final class StringSchema extends StringSchemaBuilder {

    /** Not a string: {@code invalid_type}, and nothing else; otherwise every check that fails. */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        // TODO Check the type, then min, max and every pattern.
        throw new NotImplementedYetException("check the type, then min, max and every pattern", "Exercise 4: Validation");
    }
}
