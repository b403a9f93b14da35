package dev.backendlab.phase03.uploads;

import java.util.Optional;

/** Tells a file's type from its first bytes (its "magic number"), not from its name or declared type. */
public final class FileSniffer {

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int HEAD_BYTES = 8;

    private FileSniffer() {
    }

    /**
     * The media type the leading bytes announce: {@code image/png} (89 50 4E 47 0D 0A 1A 0A),
     * {@code image/jpeg} (FF D8 FF), {@code application/pdf} ({@code %PDF-}), {@code application/zip}
     * ({@code PK} 03 04); empty for anything else, or too few bytes.
     */
    public static Optional<String> sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return Optional.of("application/zip");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
