package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
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
        // TODO Check the type, each declared member in order, then the undeclared ones.
        throw new NotImplementedYetException("check the type, each declared member in order, then the undeclared ones", "Exercise 4: Validation");
    }
}
