package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The building half of {@link Schema}, given: the factories ({@code Schema.string()}, ...), the
 * custom rules {@link #refine} collects, and {@link #typeOf} for messages. You write the checking
 * half in {@link Schema}.
 */
public abstract class SchemaBuilder {

    /** A custom rule and the message of the violation it reports. */
    protected record Refinement(String message, Predicate<JsonNode> rule) {
    }

    /** The custom rules, in the order they were added. */
    protected final List<Refinement> refinements = new ArrayList<>();

    // Package-private: Schema is the only subclass, which makes the cast in refine safe.
    SchemaBuilder() {
    }

    public static StringSchema string() {
        return new StringSchema();
    }

    public static NumberSchema number() {
        return new NumberSchema();
    }

    public static BooleanSchema bool() {
        return new BooleanSchema();
    }

    public static EnumSchema enumOf(String... allowed) {
        return new EnumSchema(List.of(allowed));
    }

    public static ArraySchema array(Schema items) {
        return new ArraySchema(items);
    }

    public static ObjectSchema object() {
        return new ObjectSchema();
    }

    /**
     * Adds a custom rule, checked after this schema's own checks and only if they all passed (a rule
     * may then rely on the type). A value it refuses gets a {@code custom} violation with this message,
     * at this value's pointer.
     */
    public Schema refine(String message, Predicate<JsonNode> rule) {
        refinements.add(new Refinement(message, rule));
        return (Schema) this;
    }

    /** The JSON type of a value, for messages: "string", "number", "null", ... */
    protected static String typeOf(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
