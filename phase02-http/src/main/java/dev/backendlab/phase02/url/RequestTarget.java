package dev.backendlab.phase02.url;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

/**
 * A request target (RFC 9112 section 3.2) taken apart: what a router matches on.
 *
 * @param scheme    {@code http} or {@code https} (lower case) for an absolute-form target
 *                  ({@code GET http://example.test/a HTTP/1.1}, what a client sends to a proxy);
 *                  null for origin-form ({@code GET /a HTTP/1.1})
 * @param authority host and optional port as sent, for absolute-form; null for origin-form
 * @param segments  the path's segments, percent-decoded, dot segments removed. {@code /} is
 *                  {@code [""]}, {@code /a/b/} is {@code ["a", "b", ""]}, and {@code /a%2Fb} is
 *                  {@code ["a/b"]}: an encoded slash is data inside a segment, not a separator
 * @param rawQuery  what follows the first {@code ?}, still encoded (decode it with
 *                  {@link QueryParams#parse}); {@code ""} for a bare {@code ?}, null without one
 */
public record RequestTarget(String scheme, String authority, List<String> segments, String rawQuery) {

    public RequestTarget {
        // TODO Keep an unmodifiable copy of segments (List.copyOf), so no caller can change it later
    }

    /**
     * Parses an origin-form or absolute-form target.
     *
     * <p>Dot segments ({@code .} and {@code ..}, also when written {@code %2e}) are removed as RFC
     * 3986 section 5.2.4 says, after decoding each segment: {@code ..} drops the segment before it
     * and never climbs above the root; a dot segment at the end leaves an empty last segment
     * ({@code /a/b/..} is {@code ["a", ""]}).
     *
     * @throws InvalidUrlException for any other form, a fragment ({@code #}), a scheme other than
     *                             http and https, an empty authority, or an invalid escape
     */
    public static RequestTarget parse(String target) {
        // TODO Absolute-form first: scheme "://" authority, then the path (empty path means "/").
        //  Split the path on '/' BEFORE decoding each segment: that is what keeps %2F inside one.
        throw new NotImplementedYetException("parse the request target", "Exercise 2: URL handling");
    }
}
