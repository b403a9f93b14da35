package dev.backendlab.phase03.errors;

/**
 * Where unexpected errors go, with everything a developer needs (the exception, its stack trace),
 * under the id the client was given. In production this is a logger; the tests read what it got.
 */
@FunctionalInterface
public interface ErrorLog {

    void error(String errorId, String method, String path, Exception cause);

    /** Writes to {@link System.Logger}, the JDK's logging facade. */
    static ErrorLog system() {
        System.Logger logger = System.getLogger("dev.backendlab.phase03.errors");
        return (errorId, method, path, cause) -> logger.log(System.Logger.Level.ERROR,
                "error " + errorId + " on " + method + " " + path, cause);
    }
}
