package dev.backendlab.phase01.promise;

/** JavaScript's TypeError, for the one case promises need it: a promise resolved with itself. */
public class TypeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TypeError(String message) {
        super(message);
    }
}
