package dev.backendlab.phase03.validation;

import java.math.BigDecimal;

/** The settings of a {@link NumberSchema} and the methods that set them, given. */
public abstract sealed class NumberSchemaBuilder extends Schema permits NumberSchema {

    /** Whether a fractional part is refused. */
    protected boolean integer;

    /** Whether a string holding a JSON number is accepted as that number. */
    protected boolean coerce;

    /** The smallest value allowed, or null. */
    protected BigDecimal min;

    /** The largest value allowed, or null. */
    protected BigDecimal max;

    /** No fractional part ({@code 2000} and {@code 2000.0} pass, {@code 2000.5} does not): else {@code invalid_type}. */
    public NumberSchema integer() {
        integer = true;
        return (NumberSchema) this;
    }

    /** At least {@code n}, else {@code too_small}. */
    public NumberSchema min(long n) {
        min = BigDecimal.valueOf(n);
        return (NumberSchema) this;
    }

    /** At most {@code n}, else {@code too_big}. */
    public NumberSchema max(long n) {
        max = BigDecimal.valueOf(n);
        return (NumberSchema) this;
    }

    /** Also accept a string that holds a JSON number, and return the number. */
    public NumberSchema coerce() {
        coerce = true;
        return (NumberSchema) this;
    }
}
