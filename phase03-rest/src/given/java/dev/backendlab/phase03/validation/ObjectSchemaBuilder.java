package dev.backendlab.phase03.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The declared members of an {@link ObjectSchema} and the methods that declare them, given. */
public abstract sealed class ObjectSchemaBuilder extends Schema permits ObjectSchema {

    /** A declared member: its schema, and whether it must be present. */
    protected record Member(Schema schema, boolean required) {
    }

    /** The declared members by name, in the order declared. */
    protected final Map<String, Member> members = new LinkedHashMap<>();

    /** A required member: missing is {@code required}. */
    public ObjectSchema field(String name, Schema schema) {
        members.put(name, new Member(schema, true));
        return (ObjectSchema) this;
    }

    /** An optional member: missing is fine; present, it must pass (a JSON null does not). */
    public ObjectSchema optional(String name, Schema schema) {
        members.put(name, new Member(schema, false));
        return (ObjectSchema) this;
    }
}
