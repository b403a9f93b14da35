package dev.backendlab.phase02.response;

import java.util.Map;

/** The reason phrases of RFC 9110 section 15, what Node keeps in {@code http.STATUS_CODES}. */
public final class StatusCodes {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(101, "Switching Protocols"),
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
            Map.entry(205, "Reset Content"), Map.entry(206, "Partial Content"),
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Range Not Satisfiable"),
            Map.entry(417, "Expectation Failed"), Map.entry(421, "Misdirected Request"),
            Map.entry(422, "Unprocessable Content"), Map.entry(426, "Upgrade Required"),
            Map.entry(428, "Precondition Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

    private StatusCodes() {
    }

    /**
     * The RFC 9110 reason phrase ({@code 404} is {@code Not Found}, {@code 413} is
     * {@code Content Too Large}), or {@code ""} for a code it does not define: the status line
     * then reads {@code HTTP/1.1 599 } with its space, as RFC 9112 section 4 allows.
     *
     * <p>Cover at least the codes of RFC 9110 section 15 that a server sends: 100, 101, 200 to
     * 206, 300 to 308 (not 305, 306), 400 to 417, 421, 422, 426, 428, 429, 431, 500 to 505.
     *
     * @throws IllegalArgumentException outside 100 to 599
     */
    public static String reasonPhrase(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("a status code has three digits, 100 to 599: " + status);
        }
        return PHRASES.getOrDefault(status, "");
    }
}
