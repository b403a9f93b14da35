package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.web.Json;
import java.math.BigDecimal;
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
        JsonNode number = coerce && value.isTextual() ? parse(value.textValue()) : value;
        if (number == null || !number.isNumber()) {
            errors.add(new Violation(pointer, "invalid_type", "expected a number, got "
                    + (value.isTextual() ? "\"" + value.textValue() + "\"" : typeOf(value))));
            return value;
        }
        BigDecimal n = number.decimalValue();
        if (integer && n.stripTrailingZeros().scale() > 0) {
            errors.add(new Violation(pointer, "invalid_type", "expected an integer, got " + n.toPlainString()));
        }
        if (min != null && n.compareTo(min) < 0) {
            errors.add(new Violation(pointer, "too_small", "expected at least " + min + ", got " + n.toPlainString()));
        }
        if (max != null && n.compareTo(max) > 0) {
            errors.add(new Violation(pointer, "too_big", "expected at most " + max + ", got " + n.toPlainString()));
        }
        return number;
    }

    private static JsonNode parse(String text) {
        try {
            return Json.readTree(text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            return null;
        }
    }
}
