package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * An array whose every item passes the item schema, with optional size bounds. Checks: min
 * ({@code too_small}), max ({@code too_big}), then each item. The settings and the methods that set
 * them are given in {@link ArraySchemaBuilder}.
 */
public final class ArraySchema extends ArraySchemaBuilder {

    ArraySchema(Schema items) {
        super(items);
    }

    /**
     * Not an array: {@code invalid_type} and nothing else. Otherwise the size checks, then every item
     * at its index ({@code /tags/0}, {@code /tags/1}, ...), all of them even after one failed.
     *
     * @return a new array of the checked (coerced) items
     */
    @Override
    protected JsonNode check(JsonNode value, String pointer, List<Violation> errors) {
        if (!value.isArray()) {
            errors.add(new Violation(pointer, "invalid_type", "expected an array, got " + typeOf(value)));
            return value;
        }
        if (min != null && value.size() < min) {
            errors.add(new Violation(pointer, "too_small", "expected at least " + min + " items, got " + value.size()));
        }
        if (max != null && value.size() > max) {
            errors.add(new Violation(pointer, "too_big", "expected at most " + max + " items, got " + value.size()));
        }
        ArrayNode checked = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < value.size(); i++) {
            checked.add(items.run(value.get(i), child(pointer, Integer.toString(i)), errors));
        }
        return checked;
    }
}
