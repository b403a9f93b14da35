package dev.backendlab.phase03.validation;

/**
 * One broken rule, where it broke: {@code {"pointer":"/publisher/country","code":"pattern","message":"..."}}.
 *
 * @param pointer where, as an RFC 6901 JSON Pointer into the validated document ({@code ""} is the
 *                whole document, {@code /tags/2} the third tag, {@code /a~1b} the member "a/b")
 * @param code    what kind of rule, one of: {@code required} (a required member is missing),
 *                {@code invalid_type} (wrong JSON type, or a value that cannot be coerced),
 *                {@code too_small} / {@code too_big} (a length, size or number out of bounds),
 *                {@code pattern} (a string that does not match), {@code invalid_enum} (not one of the
 *                allowed values), {@code unknown_key} (a member the object schema does not declare),
 *                {@code custom} (a {@link Schema#refine} rule)
 * @param message for people: what was expected, what came
 */
public record Violation(String pointer, String code, String message) {
}
