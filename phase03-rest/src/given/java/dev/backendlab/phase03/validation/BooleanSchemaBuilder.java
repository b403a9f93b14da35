package dev.backendlab.phase03.validation;

/** The setting of a {@link BooleanSchema} and the method that sets it, given. */
public abstract sealed class BooleanSchemaBuilder extends Schema permits BooleanSchema {

    /** Whether the strings "true" and "false" are accepted as booleans. */
    protected boolean coerce;

    /** Also accept the strings "true" and "false" (exactly those), and return the boolean. */
    public BooleanSchema coerce() {
        coerce = true;
        return (BooleanSchema) this;
    }
}
