package dev.backendlab.phase02.parser;

/**
 * Bounds that keep a hostile or broken client from making the server buffer without end.
 * Each is enforced as soon as the bytes that break it arrive, not when a line or body ends.
 *
 * @param maxTargetLength       most bytes in the request target: more is 414 URI Too Long
 * @param maxHeaderSectionBytes most bytes in the header section (every field line with its CRLF,
 *                              and the empty line that ends the section), counted separately for
 *                              a trailer section: more is 431 Request Header Fields Too Large
 * @param maxBodyBytes          most body bytes (after removing chunked framing): a larger declared
 *                              Content-Length, or chunks adding up to more, is 413 Content Too Large
 */
public record ParserLimits(int maxTargetLength, int maxHeaderSectionBytes, long maxBodyBytes) {

    /** 8 KiB target, 16 KiB headers (Node's default header limit), 10 MiB body. */
    public static final ParserLimits DEFAULTS = new ParserLimits(8 * 1024, 16 * 1024, 10L * 1024 * 1024);

    public ParserLimits {
        if (maxTargetLength < 1 || maxHeaderSectionBytes < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxTargetLength + ", "
                    + maxHeaderSectionBytes + ", " + maxBodyBytes);
        }
    }
}
