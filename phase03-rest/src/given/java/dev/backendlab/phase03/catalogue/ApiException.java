package dev.backendlab.phase03.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ends a request with an error status: throw it from a handler, and the router's error handler
 * ({@link ApiErrors#send}, which every exercise's router installs) answers {@code {"status":404,"error":"<message>"}} with
 * the headers added here.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A header the error response carries (a 415's {@code Accept-Patch}). */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
