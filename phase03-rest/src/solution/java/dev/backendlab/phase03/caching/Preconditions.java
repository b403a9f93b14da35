package dev.backendlab.phase03.caching;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Evaluates conditional requests in the order RFC 9110 section 13.2.2 prescribes. */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * For a resource that exists, with its current strong tag and last modification time:
     * <ol>
     *   <li>{@code If-Match} present: if it does not match (strong comparison), PRECONDITION_FAILED;</li>
     *   <li>otherwise, if {@code If-Match} is absent and {@code If-Unmodified-Since} is a valid HTTP-date:
     *       if the resource changed after it, PRECONDITION_FAILED;</li>
     *   <li>{@code If-None-Match} present: if it matches (weak comparison), NOT_MODIFIED for GET and
     *       HEAD, PRECONDITION_FAILED for other methods;</li>
     *   <li>otherwise, for GET and HEAD, if {@code If-None-Match} is absent and {@code If-Modified-Since}
     *       is a valid HTTP-date: if the resource has not changed after it, NOT_MODIFIED;</li>
     *   <li>PROCEED.</li>
     * </ol>
     * A date that is not a valid HTTP-date is ignored, as if the header were absent. Before all that,
     * this server requires writes to be conditional: PUT, PATCH or DELETE with neither {@code If-Match}
     * nor {@code If-Unmodified-Since} is PRECONDITION_REQUIRED.
     */
    public static Outcome evaluate(String method, Conditions conditions, String currentTag, Instant lastModified) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (!read && conditions.ifMatch() == null && conditions.ifUnmodifiedSince() == null) {
            return Outcome.PRECONDITION_REQUIRED;
        }
        if (conditions.ifMatch() != null) {
            if (!EntityTags.strongMatch(conditions.ifMatch(), currentTag)) {
                return Outcome.PRECONDITION_FAILED;
            }
        } else {
            Instant unmodifiedSince = httpDate(conditions.ifUnmodifiedSince());
            if (unmodifiedSince != null && lastModified.isAfter(unmodifiedSince)) {
                return Outcome.PRECONDITION_FAILED;
            }
        }
        if (conditions.ifNoneMatch() != null) {
            if (EntityTags.weakMatch(conditions.ifNoneMatch(), currentTag)) {
                return read ? Outcome.NOT_MODIFIED : Outcome.PRECONDITION_FAILED;
            }
        } else if (read) {
            Instant modifiedSince = httpDate(conditions.ifModifiedSince());
            if (modifiedSince != null && !lastModified.isAfter(modifiedSince)) {
                return Outcome.NOT_MODIFIED;
            }
        }
        return Outcome.PROCEED;
    }

    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
