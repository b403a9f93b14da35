package dev.backendlab.phase02.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986 section 2.1): a byte written as {@code %} and two hex digits, the
 * bytes being UTF-8. Decoding is strict: a server that guesses at a broken escape lets two
 * components (a proxy, a file server) read one URL two ways.
 */
public final class PercentCodec {

    private static final String HEX = "0123456789ABCDEF";

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
        if (text.indexOf('%') < 0 && !(plusAsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new InvalidUrlException("'%' must be followed by two hex digits in '" + text + "'");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusAsSpace) {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidUrlException("escapes in '" + text + "' do not decode to UTF-8");
        }
    }

    /**
     * Encodes as application/x-www-form-urlencoded does (the WHATWG URL standard, what
     * URLSearchParams writes): {@code * - . _} and ASCII letters and digits stay, a space becomes
     * {@code +}, every other UTF-8 byte becomes {@code %XX} with upper-case hex.
     */
    public static String encodeForm(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == ' ') {
                out.append('+');
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || "*-._".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }
}
