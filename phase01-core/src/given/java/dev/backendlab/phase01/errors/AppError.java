package dev.backendlab.phase01.errors;

/**
 * An error the application raises on purpose, with the HTTP status and code to answer with.
 *
 * <p>Operational errors are expected failures of a correct program (a missing record, bad input, a
 * timeout from a dependency): report them and go on. A non-operational AppError says "this cannot
 * happen": it is a bug, handled like any other programmer error.
 */
public class AppError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final boolean operational;

    public AppError(int status, String code, String message, boolean operational) {
        super(message);
        this.status = status;
        this.code = code;
        this.operational = operational;
    }

    public static AppError notFound(String message) {
        return new AppError(404, "NOT_FOUND", message, true);
    }

    public static AppError badRequest(String message) {
        return new AppError(400, "BAD_REQUEST", message, true);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean operational() {
        return operational;
    }
}
