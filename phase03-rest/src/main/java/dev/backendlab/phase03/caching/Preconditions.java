package dev.backendlab.phase03.caching;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Instant;

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
        // TODO Follow the five steps of RFC 9110 section 13.2.2, after the 428 rule.
        throw new NotImplementedYetException("follow the five steps of RFC 9110 section 13.2.2, after the 428 rule", "Exercise 10: Caching");
    }
}
