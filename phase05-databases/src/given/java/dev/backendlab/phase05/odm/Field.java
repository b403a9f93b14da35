package dev.backendlab.phase05.odm;

import java.util.List;
import java.util.function.Predicate;

/**
 * One path of a {@link Schema}, built like Mongoose's schema types:
 * {@code Field.integer("pages").required().min(1).max(4000)}.
 *
 * @param defaultValue      the value a new document gets when it has none; {@code null} for no default
 * @param allowed           for a STRING: the only values allowed (Mongoose's {@code enum}); empty for any
 * @param validator         a custom check of a cast, non-null value; {@code null} for none
 * @param validatorMessage  the error reported when {@code validator} says false
 * @param ref               for a REF: the collection the id points into
 */
public record Field(String name, FieldType type, boolean isRequired, Object defaultValue, List<String> allowed,
        Integer min, Integer max, Predicate<Object> validator, String validatorMessage, String ref) {

    public static Field string(String name) {
        return new Field(name, FieldType.STRING, false, null, List.of(), null, null, null, null, null);
    }

    public static Field integer(String name) {
        return new Field(name, FieldType.INTEGER, false, null, List.of(), null, null, null, null, null);
    }

    public static Field bool(String name) {
        return new Field(name, FieldType.BOOLEAN, false, null, List.of(), null, null, null, null, null);
    }

    public static Field ref(String name, String collection) {
        return new Field(name, FieldType.REF, false, null, List.of(), null, null, null, null, collection);
    }

    public Field required() {
        return new Field(name, type, true, defaultValue, allowed, min, max, validator, validatorMessage, ref);
    }

    public Field withDefault(Object value) {
        return new Field(name, type, isRequired, value, allowed, min, max, validator, validatorMessage, ref);
    }

    public Field oneOf(String... values) {
        return new Field(name, type, isRequired, defaultValue, List.of(values), min, max, validator, validatorMessage, ref);
    }

    public Field min(int value) {
        return new Field(name, type, isRequired, defaultValue, allowed, value, max, validator, validatorMessage, ref);
    }

    public Field max(int value) {
        return new Field(name, type, isRequired, defaultValue, allowed, min, value, validator, validatorMessage, ref);
    }

    public Field validate(Predicate<Object> check, String message) {
        return new Field(name, type, isRequired, defaultValue, allowed, min, max, check, message, ref);
    }
}
