package dev.backendlab.phase03.versioning;

import java.time.Instant;
import java.util.Optional;

/**
 * The versions of the books API, each with its path segment and its vendor media type, and, for a
 * deprecated version, when it was deprecated and when it stops working.
 */
public enum ApiVersion {

    V1("v1", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59Z")),
    V2("v2", null, null);

    /** The newest version: what a client gets when it names none. */
    public static final ApiVersion CURRENT = V2;

    private final String segment;
    private final Instant deprecatedSince;
    private final Instant sunset;

    ApiVersion(String segment, Instant deprecatedSince, Instant sunset) {
        this.segment = segment;
        this.deprecatedSince = deprecatedSince;
        this.sunset = sunset;
    }

    /** {@code v1}: the path segment, {@code /v1/books}. */
    public String segment() {
        return segment;
    }

    /** {@code application/vnd.backendlab.book.v1+json}: the media type that names this version. */
    public String mediaType() {
        return "application/vnd.backendlab.book." + segment + "+json";
    }

    public Optional<Instant> deprecatedSince() {
        return Optional.ofNullable(deprecatedSince);
    }

    public Optional<Instant> sunset() {
        return Optional.ofNullable(sunset);
    }
}
