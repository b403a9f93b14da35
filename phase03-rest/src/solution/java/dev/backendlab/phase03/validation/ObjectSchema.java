package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object with declared members, each required or optional, and no others (like Zod's
 * {@code .strict()}): a member the schema does not declare is an error, not silently kept.
 */
public final class ObjectSchema extends Schema {

    private record Member(Schema schema, boolean required) {
    }

    private final Map<String, Member> members = new LinkedHashMap<>();

    /** A required member: missing is {@code required}. */
    public ObjectSchema field(String name, Schema schema) {
        members.put(name, new Member(schema, true));
        return this;
    }

    /** An optional member: missing is fine; present, it must pass (a JSON null does not). */
    public ObjectSchema optional(String name, Schema schema) {
        members.put(name, new Member(schema, false));
        return this;
    }

    /**
     * Not an object: {@code invalid_type} and nothing else. Otherwise each declared member in the
     * order declared (missing and required: {@code required} at the member's pointer; present: its
     * schema's violations), then each undeclared member in document order ({@code unknown_key}).
     *
     * @return a new object of the checked (coerced) members
     */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        if (!value.isObject()) {
            errors.add(new Violation(pointer, "invalid_type", "expected an object, got " + typeOf(value)));
            return value;
        }
        ObjectNode checked = JsonNodeFactory.instance.objectNode();
        members.forEach((name, member) -> {
            JsonNode present = value.get(name);
            if (present != null) {
                checked.set(name, member.schema().run(present, child(pointer, name), errors));
            } else if (member.required()) {
                errors.add(new Violation(child(pointer, name), "required", "'" + name + "' is required"));
            }
        });
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!members.containsKey(name)) {
                errors.add(new Violation(child(pointer, name), "unknown_key", "'" + name + "' is not a member this accepts"));
            }
        }
        return checked;
    }
}
