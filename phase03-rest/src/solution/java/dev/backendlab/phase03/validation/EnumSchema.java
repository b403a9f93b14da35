package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One of a fixed set of strings, compared exactly (case matters). The set is given in
 * {@link EnumSchemaBuilder#allowed}.
 */
public final class EnumSchema extends EnumSchemaBuilder {

    EnumSchema(List<String> allowed) {
        super(allowed);
    }

    /** Not a string: {@code invalid_type}; a string not in the set: {@code invalid_enum}, the message listing the set. */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        if (!value.isTextual()) {
            errors.add(new Violation(pointer, "invalid_type", "expected one of " + allowed + ", got " + typeOf(value)));
        } else if (!allowed.contains(value.textValue())) {
            errors.add(new Violation(pointer, "invalid_enum", "expected one of " + allowed + ", got \"" + value.textValue() + "\""));
        }
        return value;
    }
}
