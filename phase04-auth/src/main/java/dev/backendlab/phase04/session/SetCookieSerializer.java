package dev.backendlab.phase04.session;

import dev.backendlab.grader.NotImplementedYetException;

/** Writes a {@link SetCookie} as the value of a Set-Cookie header, refusing what RFC 6265 forbids. */
public final class SetCookieSerializer {

    private SetCookieSerializer() {
    }

    /**
     * The header value of {@code cookie}, attributes in this order, each only if set:
     * {@code name=value; Domain=d; Path=p; Max-Age=n; Expires=<IMF-fixdate>; Secure; HttpOnly; SameSite=Lax}.
     * Expires is an IMF-fixdate ({@code Thu, 05 Mar 2026 07:08:09 GMT}, two-digit day, GMT).
     *
     * @throws InvalidCookieException if the name is not a token; the value is not cookie-octets
     *         (optionally double-quoted); Domain or Path is empty or holds ';' or a control character;
     *         Max-Age is negative; SameSite=None without Secure; a name starting with {@code __Secure-}
     *         without Secure; a name starting with {@code __Host-} without Secure, with a Domain, or
     *         with a Path other than {@code /}. Prefixes are matched ignoring case, as RFC 6265bis does.
     */
    public static String serialize(SetCookie cookie) {
        // TODO validate first (each rule above is an InvalidCookieException), then append the attributes
        //  that are set, in the documented order; Expires through a DateTimeFormatter for IMF-fixdate
        throw new NotImplementedYetException("serialise a Set-Cookie header value", "Exercise 4: Cookies and sessions");
    }
}
