package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
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
        // TODO Check the type and size, then run the item schema on every item at its index.
        throw new NotImplementedYetException("check the type and size, then run the item schema on every item at its index", "Exercise 4: Validation");
    }
}
