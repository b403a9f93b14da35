package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/** {@code true} or {@code false}; with {@link #coerce()} also the strings {@code "true"} and {@code "false"}. */
public final class BooleanSchema extends Schema {

    private boolean coerce;

    /** Also accept the strings "true" and "false" (exactly those), and return the boolean. */
    public BooleanSchema coerce() {
        coerce = true;
        return this;
    }

    /** Anything else: {@code invalid_type}. */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        // TODO Accept a boolean, or the strings true and false when coercing.
        throw new NotImplementedYetException("accept a boolean, or the strings true and false when coercing", "Exercise 4: Validation");
    }
}
