package dev.backendlab.phase04.session;

import dev.backendlab.grader.NotImplementedYetException;

/** The cookie that carries a session id, and the one that clears it at logout. */
public final class SessionCookies {

    /** {@code __Host-}: only over HTTPS, only for this exact host, for every path. */
    public static final String NAME = "__Host-sid";

    private SessionCookies() {
    }

    /** {@code __Host-sid=<id>; Path=/; Secure; HttpOnly; SameSite=Lax}: a session cookie (no Max-Age). */
    public static SetCookie issue(String sessionId) {
        // TODO SetCookie.of(NAME, sessionId) with the four attributes
        throw new NotImplementedYetException("build the session cookie", "Exercise 4: Cookies and sessions");
    }

    /** The same cookie, empty, with {@code Max-Age=0}: the browser drops it. */
    public static SetCookie clear() {
        // TODO the session cookie with an empty value and Max-Age 0
        throw new NotImplementedYetException("build the cookie that clears the session", "Exercise 4: Cookies and sessions");
    }
}
