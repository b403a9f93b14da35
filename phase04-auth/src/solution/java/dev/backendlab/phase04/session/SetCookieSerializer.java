package dev.backendlab.phase04.session;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** Writes a {@link SetCookie} as the value of a Set-Cookie header, refusing what RFC 6265 forbids. */
public final class SetCookieSerializer {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final Pattern COOKIE_OCTETS = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]*");
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("[\\x20-\\x3A\\x3C-\\x7E]+");
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

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
        validate(cookie);
        StringBuilder header = new StringBuilder(cookie.name()).append('=').append(cookie.value());
        if (cookie.domain() != null) {
            header.append("; Domain=").append(cookie.domain());
        }
        if (cookie.path() != null) {
            header.append("; Path=").append(cookie.path());
        }
        if (cookie.maxAge() != null) {
            header.append("; Max-Age=").append(cookie.maxAge().toSeconds());
        }
        if (cookie.expires() != null) {
            header.append("; Expires=").append(IMF_FIXDATE.format(cookie.expires()));
        }
        if (cookie.secure()) {
            header.append("; Secure");
        }
        if (cookie.httpOnly()) {
            header.append("; HttpOnly");
        }
        if (cookie.sameSite() != null) {
            header.append("; SameSite=").append(cookie.sameSite().attributeValue());
        }
        return header.toString();
    }

    private static void validate(SetCookie cookie) {
        String name = cookie.name();
        String value = cookie.value();
        if (name == null || !TOKEN.matcher(name).matches()) {
            throw new InvalidCookieException("the name must be a token");
        }
        String bare = value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        if (bare == null || !COOKIE_OCTETS.matcher(bare).matches()) {
            throw new InvalidCookieException("the value of " + name + " holds characters outside cookie-octet");
        }
        if (!isAttributeValue(cookie.domain()) || !isAttributeValue(cookie.path())) {
            throw new InvalidCookieException("Domain and Path must be non-empty, without ';' or control characters");
        }
        if (cookie.maxAge() != null && cookie.maxAge().isNegative()) {
            throw new InvalidCookieException("Max-Age must not be negative");
        }
        if (cookie.sameSite() == SameSite.NONE && !cookie.secure()) {
            throw new InvalidCookieException("SameSite=None requires Secure");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("__secure-") && !cookie.secure()) {
            throw new InvalidCookieException("a __Secure- cookie requires Secure");
        }
        if (lower.startsWith("__host-") && (!cookie.secure() || cookie.domain() != null || !"/".equals(cookie.path()))) {
            throw new InvalidCookieException("a __Host- cookie requires Secure, Path=/ and no Domain");
        }
    }

    /** An absent attribute is fine; a present one must be non-empty, without ';' or controls. */
    private static boolean isAttributeValue(String attribute) {
        return attribute == null || ATTRIBUTE_VALUE.matcher(attribute).matches();
    }
}
