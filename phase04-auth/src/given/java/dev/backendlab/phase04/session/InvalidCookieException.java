package dev.backendlab.phase04.session;

/** A cookie that must not be sent: a name or value outside RFC 6265's grammar, or rules it breaks. */
public class InvalidCookieException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCookieException(String detail) {
        super("invalid cookie: " + detail);
    }
}
