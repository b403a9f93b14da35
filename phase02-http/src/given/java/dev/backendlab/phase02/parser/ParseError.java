package dev.backendlab.phase02.parser;

/**
 * Every reason this lab's parser rejects a request, with the status the server answers.
 * RFC 9112 (HTTP/1.1) and RFC 9110 (HTTP semantics) are the rules; the section is given where a
 * rule is less than obvious.
 */
public enum ParseError {

    /**
     * Not {@code method SP request-target SP HTTP-version}: a missing or doubled space, an empty
     * part, a method that is not a token or longer than 32 characters, a target with a byte outside
     * 0x21 to 0x7E, a version that is not {@code HTTP/DIGIT.DIGIT}. RFC 9112 section 3.
     */
    MALFORMED_REQUEST_LINE(400, "malformed request line"),
    /** A well-formed version other than HTTP/1.0 and HTTP/1.1, such as {@code HTTP/2.0}. */
    UNSUPPORTED_VERSION(505, "HTTP version not supported"),
    /** The target is longer than {@link ParserLimits#maxTargetLength()}. */
    TARGET_TOO_LONG(414, "request target too long"),
    /** The header (or trailer) section is larger than {@link ParserLimits#maxHeaderSectionBytes()}. */
    HEADERS_TOO_LARGE(431, "header section too large"),
    /** The body is or would be larger than {@link ParserLimits#maxBodyBytes()}. */
    BODY_TOO_LARGE(413, "body too large"),
    /**
     * An HTTP/1.1 request without a Host field, or with more than one. RFC 9112 section 3.2.
     * HTTP/1.0 requests may omit it.
     */
    INVALID_HOST(400, "HTTP/1.1 needs exactly one Host header"),
    /** The field name is empty, not a token, or the line has no colon. */
    INVALID_HEADER_NAME(400, "invalid header field name"),
    /** Space or tab between the field name and the colon. RFC 9112 section 5.1. */
    WHITESPACE_BEFORE_COLON(400, "whitespace between header name and colon"),
    /** A field line starting with space or tab (obs-fold). RFC 9112 section 5.2. */
    OBSOLETE_LINE_FOLDING(400, "obsolete line folding"),
    /** A control character (0x00 to 0x1F except tab, or 0x7F) in a field value. */
    INVALID_HEADER_VALUE(400, "control character in header value"),
    /** A line ended by LF without CR, or a CR not followed by LF, anywhere outside body data. */
    BARE_LINE_ENDING(400, "bare CR or LF"),
    /** Content-Length not 1*DIGIT: empty, signed, hex, with spaces inside. RFC 9110 section 8.6. */
    INVALID_CONTENT_LENGTH(400, "invalid Content-Length"),
    /** Content-Length given more than once (or as a list) with different values. */
    CONFLICTING_CONTENT_LENGTH(400, "conflicting Content-Length values"),
    /**
     * Both Content-Length and Transfer-Encoding: two ways to frame one body is how request
     * smuggling works, so the request is refused. RFC 9112 section 6.3.
     */
    CONTENT_LENGTH_WITH_TRANSFER_ENCODING(400, "both Content-Length and Transfer-Encoding"),
    /**
     * Transfer-Encoding whose codings do not end with exactly one {@code chunked}: the body's end
     * cannot be found. Checked before {@link #UNSUPPORTED_TRANSFER_CODING}. RFC 9112 section 6.3.
     */
    CHUNKED_NOT_LAST(400, "chunked is not the final transfer coding"),
    /** A transfer coding other than chunked, such as gzip, before the final chunked. */
    UNSUPPORTED_TRANSFER_CODING(501, "unsupported transfer coding"),
    /**
     * A chunk-size that is not hex, is empty, has more than 15 digits, carries something other than
     * {@code ;extensions} after it, or chunk data not followed by CRLF. RFC 9112 section 7.1.
     */
    INVALID_CHUNK(400, "invalid chunked encoding");

    private final int status;
    private final String reason;

    ParseError(int status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
