package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/**
 * {@code true} or {@code false}; with {@link #coerce()} also the strings {@code "true"} and
 * {@code "false"}. The setting and its method are given in {@link BooleanSchemaBuilder}.
 */
public final class BooleanSchema extends BooleanSchemaBuilder {

    /** Anything else: {@code invalid_type}. */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        // TODO Accept a boolean, or the strings true and false when coercing.
        throw new NotImplementedYetException("accept a boolean, or the strings true and false when coercing", "Exercise 4: Validation");
    }
}
