package dev.backendlab.phase03.uploads;

import dev.backendlab.grader.NotImplementedYetException;
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
        // TODO Compare the leading bytes with the four magic numbers.
        throw new NotImplementedYetException("compare the leading bytes with the four magic numbers", "Exercise 8: File uploads");
    }
}
