package dev.backendlab.phase05.odm;

import java.util.Map;
import java.util.TreeMap;

/** A document failed its schema: every failing path with its message, as Mongoose's {@code err.errors}. */
public final class ValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public ValidationException(Map<String, String> errors) {
        super("validation failed: " + new TreeMap<>(errors));
        this.errors = Map.copyOf(errors);
    }

    /** Path to message, one entry per failing path. */
    public Map<String, String> errors() {
        return errors;
    }
}
