package dev.backendlab.phase03.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The settings of a {@link StringSchema} and the methods that set them, given. */
public abstract sealed class StringSchemaBuilder extends Schema permits StringSchema {

    /** The fewest characters (code points) allowed, or null. */
    protected Integer min;

    /** The most characters (code points) allowed, or null. */
    protected Integer max;

    /** The patterns the whole string must match, in the order added. */
    protected final List<Pattern> patterns = new ArrayList<>();

    /** At least {@code n} characters, else {@code too_small}. */
    public StringSchema min(int n) {
        min = n;
        return (StringSchema) this;
    }

    /** At most {@code n} characters, else {@code too_big}. */
    public StringSchema max(int n) {
        max = n;
        return (StringSchema) this;
    }

    /** The whole string matches {@code regex}, else {@code pattern}. */
    public StringSchema pattern(String regex) {
        patterns.add(Pattern.compile(regex));
        return (StringSchema) this;
    }
}
