package dev.backendlab.phase03.caching;

import dev.backendlab.web.Exchange;

/**
 * The four conditional request headers of RFC 9110 section 13.1, as sent (null when absent).
 */
public record Conditions(String ifMatch, String ifNoneMatch, String ifModifiedSince, String ifUnmodifiedSince) {

    public static final Conditions NONE = new Conditions(null, null, null, null);

    public static Conditions of(Exchange exchange) {
        return new Conditions(exchange.header("If-Match"), exchange.header("If-None-Match"),
                exchange.header("If-Modified-Since"), exchange.header("If-Unmodified-Since"));
    }
}
