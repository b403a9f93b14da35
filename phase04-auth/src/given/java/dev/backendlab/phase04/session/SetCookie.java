package dev.backendlab.phase04.session;

import java.time.Duration;
import java.time.Instant;

/**
 * One Set-Cookie header value (RFC 6265 section 4.1), not yet checked. Build it with {@link #of}
 * and the {@code with...} methods; {@link SetCookieSerializer#serialize} checks it and writes it.
 *
 * @param name     a token (RFC 9110 tchar)
 * @param value    cookie-octets, optionally inside double quotes; the caller encodes anything else
 * @param domain   the Domain attribute, or null
 * @param path     the Path attribute, or null
 * @param maxAge   the Max-Age attribute in whole seconds, or null
 * @param expires  the Expires attribute, or null
 * @param secure   whether the Secure attribute is present
 * @param httpOnly whether the HttpOnly attribute is present
 * @param sameSite the SameSite attribute, or null
 */
public record SetCookie(String name, String value, String domain, String path, Duration maxAge,
                        Instant expires, boolean secure, boolean httpOnly, SameSite sameSite) {

    /** A cookie with no attributes at all. */
    public static SetCookie of(String name, String value) {
        return new SetCookie(name, value, null, null, null, null, false, false, null);
    }

    public SetCookie withDomain(String newDomain) {
        return new SetCookie(name, value, newDomain, path, maxAge, expires, secure, httpOnly, sameSite);
    }

    public SetCookie withPath(String newPath) {
        return new SetCookie(name, value, domain, newPath, maxAge, expires, secure, httpOnly, sameSite);
    }

    public SetCookie withMaxAge(Duration newMaxAge) {
        return new SetCookie(name, value, domain, path, newMaxAge, expires, secure, httpOnly, sameSite);
    }

    public SetCookie withExpires(Instant newExpires) {
        return new SetCookie(name, value, domain, path, maxAge, newExpires, secure, httpOnly, sameSite);
    }

    public SetCookie withSecure() {
        return new SetCookie(name, value, domain, path, maxAge, expires, true, httpOnly, sameSite);
    }

    public SetCookie withHttpOnly() {
        return new SetCookie(name, value, domain, path, maxAge, expires, secure, true, sameSite);
    }

    public SetCookie withSameSite(SameSite newSameSite) {
        return new SetCookie(name, value, domain, path, maxAge, expires, secure, httpOnly, newSameSite);
    }
}
