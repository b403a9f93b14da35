package dev.backendlab.phase03.errors;

/**
 * One invalid field of a request, as in RFC 9457's example: {@code {"pointer":"/title","detail":"..."}}.
 *
 * @param pointer a JSON Pointer (RFC 6901) into the request body
 */
public record FieldError(String pointer, String detail) {
}
