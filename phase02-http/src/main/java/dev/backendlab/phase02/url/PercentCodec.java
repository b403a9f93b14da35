package dev.backendlab.phase02.url;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * Percent-encoding (RFC 3986 section 2.1): a byte written as {@code %} and two hex digits, the
 * bytes being UTF-8. Decoding is strict: a server that guesses at a broken escape lets two
 * components (a proxy, a file server) read one URL two ways.
 */
public final class PercentCodec {

    private PercentCodec() {
    }

    /**
     * Decodes every {@code %XX} escape, and {@code +} as a space when {@code plusAsSpace} (form data
     * only: in a path, {@code +} is a plus).
     *
     * @throws InvalidUrlException on {@code %} without two hex digits after it, or when the
     *                             decoded bytes are not valid UTF-8
     */
    public static String decode(String text, boolean plusAsSpace) {
        // TODO Collect bytes: a %XX escape is one byte, any other char its UTF-8 bytes. Then decode
        //  them with a CharsetDecoder set to CodingErrorAction.REPORT, so broken UTF-8 is refused.
        throw new NotImplementedYetException("decode percent-escapes as UTF-8", "Exercise 2: URL handling");
    }

    /**
     * Encodes as application/x-www-form-urlencoded does (the WHATWG URL standard, what
     * URLSearchParams writes): {@code * - . _} and ASCII letters and digits stay, a space becomes
     * {@code +}, every other UTF-8 byte becomes {@code %XX} with upper-case hex.
     */
    public static String encodeForm(String text) {
        // TODO Walk the UTF-8 bytes of text, not its chars: é is two bytes, %C3%A9.
        throw new NotImplementedYetException("encode text as form data", "Exercise 2: URL handling");
    }
}
