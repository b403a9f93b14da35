package dev.backendlab.phase02.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        segments = List.copyOf(segments);
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
        if (target.indexOf('#') >= 0) {
            throw new InvalidUrlException("a request target never carries a fragment: '" + target + "'");
        }
        String scheme = null;
        String authority = null;
        String rest = target;
        if (!target.startsWith("/")) {
            int separator = target.indexOf("://");
            if (separator <= 0) {
                throw new InvalidUrlException("'" + target + "' is neither /path nor http://host/path");
            }
            scheme = target.substring(0, separator).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidUrlException("scheme '" + scheme + "' is not http or https");
            }
            String afterScheme = target.substring(separator + 3);
            int end = indexOfPathOrQuery(afterScheme);
            authority = afterScheme.substring(0, end);
            if (authority.isEmpty()) {
                throw new InvalidUrlException("absolute-form target without a host: '" + target + "'");
            }
            rest = afterScheme.substring(end);
            rest = rest.startsWith("/") ? rest : "/" + rest;
        }
        int question = rest.indexOf('?');
        String rawPath = question < 0 ? rest : rest.substring(0, question);
        String rawQuery = question < 0 ? null : rest.substring(question + 1);
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            segments.add(PercentCodec.decode(raw, false));
        }
        return new RequestTarget(scheme, authority, removeDotSegments(segments), rawQuery);
    }

    private static int indexOfPathOrQuery(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '/' || text.charAt(i) == '?') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * RFC 3986 section 5.2.4 on decoded segments, so {@code %2e%2e} is {@code ..} too: a path can
     * never climb above the root, which is what stops {@code /static/../../etc/passwd}.
     */
    private static List<String> removeDotSegments(List<String> segments) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(segment);
            }
        }
        return out;
    }
}
