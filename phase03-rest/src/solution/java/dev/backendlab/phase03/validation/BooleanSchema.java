package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
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
