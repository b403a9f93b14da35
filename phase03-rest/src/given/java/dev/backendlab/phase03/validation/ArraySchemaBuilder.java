package dev.backendlab.phase03.validation;

/** The settings of an {@link ArraySchema} and the methods that set them, given. */
public abstract sealed class ArraySchemaBuilder extends Schema permits ArraySchema {

    /** The schema every item must pass. */
    protected final Schema items;

    /** The fewest items allowed, or null. */
    protected Integer min;

    /** The most items allowed, or null. */
    protected Integer max;

    ArraySchemaBuilder(Schema items) {
        this.items = items;
    }

    /** At least {@code n} items, else {@code too_small}. */
    public ArraySchema min(int n) {
        min = n;
        return (ArraySchema) this;
    }

    /** At most {@code n} items, else {@code too_big}. */
    public ArraySchema max(int n) {
        max = n;
        return (ArraySchema) this;
    }
}
