package dev.backendlab.phase01.buffer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strings to bytes and back, one pair of methods per {@link Encoding}, with Node's leniency: a
 * lone surrogate encodes as U+FFFD's bytes, invalid UTF-8 decodes to U+FFFD, bad hex stops at the
 * first invalid pair. {@link Buffer}'s text methods ({@code from}, {@code byteLength},
 * {@code toString}, {@code indexOf}, {@code fill}) call these two.
 */
final class Encodings {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    private static final String HEX_DIGITS = "0123456789abcdef";

    private Encodings() {
    }

    /** {@code text} as bytes in {@code encoding}. */
    static byte[] encode(String text, Encoding encoding) {
        return switch (encoding) {
            case UTF8 -> utf8(text);
            case HEX -> fromHex(text);
            case BASE64, BASE64URL -> fromBase64(text);
            case LATIN1 -> latin1(text);
            case UTF16LE -> utf16le(text);
        };
    }

    /** {@code length} bytes from {@code offset} as text in {@code encoding}. */
    static String decode(byte[] bytes, int offset, int length, Encoding encoding) {
        byte[] b = Arrays.copyOfRange(bytes, offset, offset + length);
        return switch (encoding) {
            case UTF8 -> utf8Decode(b);
            case HEX -> toHex(b);
            case BASE64 -> Base64.getEncoder().encodeToString(b);
            case BASE64URL -> Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            case LATIN1 -> new String(b, StandardCharsets.ISO_8859_1);
            case UTF16LE -> new String(b, 0, b.length & ~1, StandardCharsets.UTF_16LE);
        };
    }

    /** Java's own encoder writes '?' for a lone surrogate; Node writes U+FFFD's bytes. */
    private static byte[] utf8(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            return Arrays.copyOf(out.array(), out.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot happen with REPLACE", e);
        }
    }

    /**
     * The WHATWG decoder, as V8's: each maximal invalid subsequence becomes one U+FFFD. Java's own
     * decoder differs (ED A0 80, an encoded surrogate, gives one U+FFFD there, three here).
     */
    private static String utf8Decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int codePoint = 0;
        int needed = 0;
        int seen = 0;
        int lower = 0x80;
        int upper = 0xBF;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b <= 0x7F) {
                    out.append((char) b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                    needed = 2;
                    codePoint = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    needed = 3;
                    codePoint = b & 0x07;
                } else {
                    out.append('\uFFFD');
                }
                continue;
            }
            if (b < lower || b > upper) {
                out.append('\uFFFD');
                needed = 0;
                seen = 0;
                lower = 0x80;
                upper = 0xBF;
                i--;
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            codePoint = codePoint << 6 | (b & 0x3F);
            if (++seen == needed) {
                out.appendCodePoint(codePoint);
                needed = 0;
                seen = 0;
            }
        }
        if (needed != 0) {
            out.append('\uFFFD');
        }
        return out.toString();
    }

    private static byte[] fromHex(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < text.length(); i += 2) {
            int high = Character.digit(text.charAt(i), 16);
            int low = Character.digit(text.charAt(i + 1), 16);
            if (high < 0 || low < 0) {
                break;
            }
            out.write(high << 4 | low);
        }
        return out.toByteArray();
    }

    private static String toHex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(HEX_DIGITS.charAt((b >> 4) & 0xF)).append(HEX_DIGITS.charAt(b & 0xF));
        }
        return hex.toString();
    }

    /** Both alphabets, padding optional, anything else (whitespace) skipped; stops at '='. */
    private static byte[] fromBase64(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '=') {
                break;
            }
            if (c == '-') {
                clean.append('+');
            } else if (c == '_') {
                clean.append('/');
            } else if (Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        if (clean.length() % 4 == 1) {
            clean.setLength(clean.length() - 1);
        }
        return clean.length() == 0 ? new byte[0] : Base64.getDecoder().decode(pad(clean));
    }

    private static byte[] pad(StringBuilder base64) {
        while (base64.length() % 4 != 0) {
            base64.append('=');
        }
        return base64.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] latin1(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = (byte) text.charAt(i);
        }
        return out;
    }

    private static byte[] utf16le(String text) {
        byte[] out = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            out[2 * i] = (byte) text.charAt(i);
            out[2 * i + 1] = (byte) (text.charAt(i) >> 8);
        }
        return out;
    }
}
