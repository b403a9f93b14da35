package dev.backendlab.phase01.errors;

/** An HTTP-like answer: status code and JSON body. */
public record Response(int status, String body) {
}
