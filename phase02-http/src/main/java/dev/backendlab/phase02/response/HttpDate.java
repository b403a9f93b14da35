package dev.backendlab.phase02.response;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Instant;

/** The one date format HTTP generates: IMF-fixdate, RFC 9110 section 5.6.7. */
public final class HttpDate {

    private HttpDate() {
    }

    /** {@code Sun, 06 Nov 1994 08:49:37 GMT}: English names, two-digit day, always GMT. */
    public static String format(Instant instant) {
        // TODO A DateTimeFormatter built once. Look closely at DateTimeFormatter.RFC_1123_DATE_TIME's
        //  day of month before you use it.
        throw new NotImplementedYetException("format an IMF-fixdate", "Exercise 4: Response writer");
    }
}
