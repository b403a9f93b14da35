package dev.backendlab.phase04.password;

/**
 * A password longer than the algorithm reads. bcrypt uses only the first 72 bytes of its input;
 * refusing longer passwords is the deliberate alternative to silently ignoring their tail.
 */
public class PasswordTooLongException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PasswordTooLongException(int bytes, int maxBytes) {
        super("password is " + bytes + " bytes in UTF-8, the limit is " + maxBytes);
    }
}
