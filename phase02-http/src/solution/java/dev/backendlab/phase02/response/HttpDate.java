package dev.backendlab.phase02.response;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one date format HTTP generates: IMF-fixdate, RFC 9110 section 5.6.7. */
public final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpDate() {
    }

    /** {@code Sun, 06 Nov 1994 08:49:37 GMT}: English names, two-digit day, always GMT. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }
}
