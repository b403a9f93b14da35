package dev.backendlab.phase02.router;

import java.util.List;
import java.util.Map;

/**
 * What {@link Router#route} decided for one request. A server turns it into a response:
 * {@link Matched} runs the handler, {@link NotFound} is 404, {@link MethodNotAllowed} is 405 with
 * an Allow header, {@link Options} is 204 with an Allow header.
 *
 * @param <H> the handler type
 */
public sealed interface RouteResult<H> permits RouteResult.Matched, RouteResult.NotFound,
        RouteResult.MethodNotAllowed, RouteResult.Options {

    /**
     * @param handler the handler registered for the method (for HEAD without its own route: GET's)
     * @param params  path parameters by name in pattern order; a wildcard's under {@code "*"}
     * @param pattern the pattern that matched, as registered
     */
    record Matched<H>(H handler, Map<String, String> params, String pattern) implements RouteResult<H> {

        public Matched {
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        }
    }

    /** No pattern matches the path: 404. */
    record NotFound<H>() implements RouteResult<H> {
    }

    /** The path matches, the method does not: 405, with these methods in the Allow header. */
    record MethodNotAllowed<H>(List<String> allow) implements RouteResult<H> {

        public MethodNotAllowed {
            allow = List.copyOf(allow);
        }
    }

    /** OPTIONS on a path without an OPTIONS route: answered with these methods in Allow. */
    record Options<H>(List<String> allow) implements RouteResult<H> {

        public Options {
            allow = List.copyOf(allow);
        }
    }
}
