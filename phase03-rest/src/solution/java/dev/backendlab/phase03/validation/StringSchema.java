package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

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
        if (!value.isTextual()) {
            errors.add(new Violation(pointer, "invalid_type", "expected a string, got " + typeOf(value)));
            return value;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (min != null && length < min) {
            errors.add(new Violation(pointer, "too_small", "expected at least " + min + " characters, got " + length));
        }
        if (max != null && length > max) {
            errors.add(new Violation(pointer, "too_big", "expected at most " + max + " characters, got " + length));
        }
        for (Pattern p : patterns) {
            if (!p.matcher(text).matches()) {
                errors.add(new Violation(pointer, "pattern", "expected to match " + p.pattern()));
            }
        }
        return value;
    }
}
