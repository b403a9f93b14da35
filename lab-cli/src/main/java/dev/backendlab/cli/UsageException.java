package dev.backendlab.cli;

/** The learner asked for something the tool cannot do as asked; the message says what to type. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
