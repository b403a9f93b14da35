package dev.backendlab.phase01.promise;

import java.util.List;

/** Why {@code Promise.any} rejects: every input rejected. The reasons are in input order. */
public class AggregateError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Throwable> errors;

    public AggregateError(List<Throwable> errors) {
        super("All promises were rejected (" + errors.size() + ")");
        this.errors = List.copyOf(errors);
    }

    public List<Throwable> errors() {
        return errors;
    }
}
