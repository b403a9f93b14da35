package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;

/**
 * An object with declared members, each required or optional, and no others (like Zod's
 * {@code .strict()}): a member the schema does not declare is an error, not silently kept. The
 * members and the methods that declare them ({@code field}: required, {@code optional}) are given in
 * {@link ObjectSchemaBuilder}.
 */
public final class ObjectSchema extends ObjectSchemaBuilder {

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
