package dev.backendlab.phase01.buffer;

/** The encodings Node's Buffer converts strings with. */
public enum Encoding {
    /** UTF-8; invalid bytes decode to U+FFFD, lone surrogates encode as EF BF BD. */
    UTF8,
    /** Two lowercase hex digits per byte; decoding stops at the first pair that is not hex. */
    HEX,
    /** RFC 4648 base64 with padding; decoding also takes the URL alphabet, no padding, whitespace. */
    BASE64,
    /** RFC 4648 URL-safe alphabet ({@code -} and {@code _}), no padding. */
    BASE64URL,
    /** One byte per UTF-16 code unit: its low 8 bits (ISO-8859-1 for characters up to U+00FF). */
    LATIN1,
    /** Two bytes per UTF-16 code unit, little-endian. */
    UTF16LE
}
