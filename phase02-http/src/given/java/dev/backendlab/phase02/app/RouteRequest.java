package dev.backendlab.phase02.app;

import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.url.QueryParams;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * What a route handler sees, like Express's {@code req}: the method, the path parameters the
 * pattern captured ({@code req.params}), the decoded query ({@code req.query}), the header fields
 * and the body as a stream.
 */
public record RouteRequest(String method, Map<String, String> params, QueryParams query, List<HeaderField> headers,
        InputStream body) {
}
