package dev.backendlab.phase04.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One Set-Cookie header value (RFC 6265 section 4.1). Build it with {@link #of} and the
 * {@code with...} methods, then {@link #serialize()}.
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

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final Pattern COOKIE_OCTETS = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]*");
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("[\\x20-\\x3A\\x3C-\\x7E]+");
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

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

    /**
     * The header value, attributes in this order, each only if set:
     * {@code name=value; Domain=d; Path=p; Max-Age=n; Expires=<IMF-fixdate>; Secure; HttpOnly; SameSite=Lax}.
     * Expires is an IMF-fixdate ({@code Thu, 05 Mar 2026 07:08:09 GMT}, two-digit day, GMT).
     *
     * @throws InvalidCookieException if the name is not a token; the value is not cookie-octets
     *         (optionally double-quoted); Domain or Path is empty or holds ';' or a control character;
     *         Max-Age is negative; SameSite=None without Secure; a name starting with {@code __Secure-}
     *         without Secure; a name starting with {@code __Host-} without Secure, with a Domain, or
     *         with a Path other than {@code /}. Prefixes are matched ignoring case, as RFC 6265bis does.
     */
    public String serialize() {
        validate();
        StringBuilder header = new StringBuilder(name).append('=').append(value);
        if (domain != null) {
            header.append("; Domain=").append(domain);
        }
        if (path != null) {
            header.append("; Path=").append(path);
        }
        if (maxAge != null) {
            header.append("; Max-Age=").append(maxAge.toSeconds());
        }
        if (expires != null) {
            header.append("; Expires=").append(IMF_FIXDATE.format(expires));
        }
        if (secure) {
            header.append("; Secure");
        }
        if (httpOnly) {
            header.append("; HttpOnly");
        }
        if (sameSite != null) {
            header.append("; SameSite=").append(sameSite.attributeValue());
        }
        return header.toString();
    }

    private void validate() {
        if (name == null || !TOKEN.matcher(name).matches()) {
            throw new InvalidCookieException("the name must be a token");
        }
        String bare = value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        if (bare == null || !COOKIE_OCTETS.matcher(bare).matches()) {
            throw new InvalidCookieException("the value of " + name + " holds characters outside cookie-octet");
        }
        if (domain != null && !ATTRIBUTE_VALUE.matcher(domain).matches()
                || path != null && !ATTRIBUTE_VALUE.matcher(path).matches()) {
            throw new InvalidCookieException("Domain and Path must be non-empty, without ';' or control characters");
        }
        if (maxAge != null && maxAge.isNegative()) {
            throw new InvalidCookieException("Max-Age must not be negative");
        }
        if (sameSite == SameSite.NONE && !secure) {
            throw new InvalidCookieException("SameSite=None requires Secure");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("__secure-") && !secure) {
            throw new InvalidCookieException("a __Secure- cookie requires Secure");
        }
        if (lower.startsWith("__host-") && (!secure || domain != null || !"/".equals(path))) {
            throw new InvalidCookieException("a __Host- cookie requires Secure, Path=/ and no Domain");
        }
    }
}
