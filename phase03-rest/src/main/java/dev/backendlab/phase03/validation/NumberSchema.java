package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A JSON number, optionally an integer and within bounds (inclusive). With {@link #coerce()} a
 * string holding a number ({@code "2000"}, as query parameters are) is accepted and becomes that
 * number, like {@code z.coerce.number()}. Checks in this order: integer, min, max.
 */
public final class NumberSchema extends Schema {

    private boolean integer;
    private boolean coerce;
    private BigDecimal min;
    private BigDecimal max;

    /** No fractional part ({@code 2000} and {@code 2000.0} pass, {@code 2000.5} does not): else {@code invalid_type}. */
    public NumberSchema integer() {
        integer = true;
        return this;
    }

    /** At least {@code n}, else {@code too_small}. */
    public NumberSchema min(long n) {
        min = BigDecimal.valueOf(n);
        return this;
    }

    /** At most {@code n}, else {@code too_big}. */
    public NumberSchema max(long n) {
        max = BigDecimal.valueOf(n);
        return this;
    }

    /** Also accept a string that holds a JSON number, and return the number. */
    public NumberSchema coerce() {
        coerce = true;
        return this;
    }

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
