package dev.backendlab.phase04.session;

import java.time.Duration;

/** The cookie that carries a session id, and the one that clears it at logout. */
public final class SessionCookies {

    /** {@code __Host-}: only over HTTPS, only for this exact host, for every path. */
    public static final String NAME = "__Host-sid";

    private SessionCookies() {
    }

    /** {@code __Host-sid=<id>; Path=/; Secure; HttpOnly; SameSite=Lax}: a session cookie (no Max-Age). */
    public static SetCookie issue(String sessionId) {
        return SetCookie.of(NAME, sessionId).withPath("/").withSecure().withHttpOnly().withSameSite(SameSite.LAX);
    }

    /** The same cookie, empty, with {@code Max-Age=0}: the browser drops it. */
    public static SetCookie clear() {
        return issue("").withMaxAge(Duration.ZERO);
    }
}
