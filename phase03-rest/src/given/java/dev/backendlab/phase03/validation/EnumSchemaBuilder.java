package dev.backendlab.phase03.validation;

import java.util.List;

/** The allowed strings of an {@link EnumSchema}, given ({@code Schema.enumOf(...)} passes them). */
public abstract sealed class EnumSchemaBuilder extends Schema permits EnumSchema {

    /** The strings allowed, compared exactly. */
    protected final List<String> allowed;

    EnumSchemaBuilder(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }
}
