package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.List;

/**
 * {@code true} or {@code false}; with {@link #coerce()} also the strings {@code "true"} and
 * {@code "false"}. The setting and its method are given in {@link BooleanSchemaBuilder}.
 */
public final class BooleanSchema extends BooleanSchemaBuilder {

    /** Anything else: {@code invalid_type}. */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        if (value.isBoolean()) {
            return value;
        }
        if (coerce && value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
            return BooleanNode.valueOf(value.textValue().equals("true"));
        }
        errors.add(new Violation(pointer, "invalid_type", "expected a boolean, got " + typeOf(value)));
        return value;
    }
}
