package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/** One of a fixed set of strings, compared exactly (case matters). */
public final class EnumSchema extends Schema {

    private final List<String> allowed;

    EnumSchema(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Not a string: {@code invalid_type}; a string not in the set: {@code invalid_enum}, the message listing the set. */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        // TODO Check the value is a string from the allowed set.
        throw new NotImplementedYetException("check the value is a string from the allowed set", "Exercise 4: Validation");
    }
}
