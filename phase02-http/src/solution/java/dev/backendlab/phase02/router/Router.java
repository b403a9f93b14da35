package dev.backendlab.phase02.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Maps a method and a path to a handler, like Express's {@code app.get('/users/:id', ...)} or
 * Fastify's find-my-way.
 *
 * <p>Patterns: {@code /users} (static segments), {@code /users/:id} (a parameter matches one
 * non-empty segment), {@code /files/*} (a wildcard, last only, matches the rest of the path,
 * possibly nothing, captured under {@code "*"} with segments joined by {@code /}).
 *
 * <p>When several patterns match a path, the most specific wins whatever the registration order:
 * compared segment by segment from the left, a static segment beats a parameter, a parameter beats
 * a wildcard, and a pattern that ends beats one that goes on with a wildcard. A pattern without
 * the request's method gives way to the next one that has it.
 *
 * @param <H> the handler type
 */
public final class Router<H> {

    private enum Kind { STATIC, PARAM, WILDCARD }

    private record Segment(Kind kind, String text) {
    }

    private record Route<H>(String pattern, List<Segment> segments, Map<String, H> handlers) {
    }

    private final List<Route<H>> routes = new ArrayList<>();

    /**
     * Registers a handler for a method (case-sensitive: {@code get} is not {@code GET}) and a
     * pattern.
     *
     * @return this router, for chaining
     * @throws IllegalArgumentException for a pattern not starting with {@code /}, a {@code :} without
     *                                  a name (letters, digits, {@code _}, not starting with a digit),
     *                                  a repeated parameter name, a {@code *} that is not the last
     *                                  segment, or a method and pattern registered twice
     */
    public Router<H> add(String method, String pattern, H handler) {
        Objects.requireNonNull(handler, "handler");
        List<Segment> segments = compile(pattern);
        Route<H> route = routes.stream().filter(r -> r.segments().equals(segments)).findFirst().orElse(null);
        if (route == null) {
            route = new Route<>(pattern, segments, new LinkedHashMap<>());
            routes.add(route);
        }
        if (route.handlers().putIfAbsent(method, handler) != null) {
            throw new IllegalArgumentException(method + " " + pattern + " is already registered");
        }
        return this;
    }

    /**
     * Routes a request.
     *
     * @param method   the request method
     * @param segments the decoded path segments, as {@code RequestTarget.segments()} gives them
     *                 ({@code /} is {@code [""]})
     * @return {@link RouteResult.Matched} when a pattern matching the path has the method, or has
     *         GET and the method is HEAD; otherwise {@link RouteResult.Options} for OPTIONS,
     *         {@link RouteResult.MethodNotAllowed} when some pattern matches the path, and
     *         {@link RouteResult.NotFound} when none does. Allow lists every method of every
     *         pattern matching the path, plus HEAD where there is GET, plus OPTIONS, in
     *         alphabetical order.
     */
    public RouteResult<H> route(String method, List<String> segments) {
        List<Route<H>> matching = new ArrayList<>();
        for (Route<H> route : routes) {
            if (params(route, segments) != null) {
                matching.add(route);
            }
        }
        if (matching.isEmpty()) {
            return new RouteResult.NotFound<>();
        }
        matching.sort(Router::bySpecificity);
        for (Route<H> route : matching) {
            H handler = route.handlers().get(method);
            if (handler == null && method.equals("HEAD")) {
                handler = route.handlers().get("GET");
            }
            if (handler != null) {
                return new RouteResult.Matched<>(handler, params(route, segments), route.pattern());
            }
        }
        TreeSet<String> allow = new TreeSet<>();
        for (Route<H> route : matching) {
            allow.addAll(route.handlers().keySet());
            if (route.handlers().containsKey("GET")) {
                allow.add("HEAD");
            }
        }
        allow.add("OPTIONS");
        return method.equals("OPTIONS")
                ? new RouteResult.Options<>(List.copyOf(allow))
                : new RouteResult.MethodNotAllowed<>(List.copyOf(allow));
    }

    /** The parameters when the route matches the path, or null. */
    private static Map<String, String> params(Route<?> route, List<String> path) {
        Map<String, String> params = new LinkedHashMap<>();
        List<Segment> pattern = route.segments();
        for (int i = 0; i < pattern.size(); i++) {
            Segment segment = pattern.get(i);
            if (segment.kind() == Kind.WILDCARD) {
                params.put("*", String.join("/", path.subList(Math.min(i, path.size()), path.size())));
                return params;
            }
            if (i >= path.size()) {
                return null;
            }
            String actual = path.get(i);
            if (segment.kind() == Kind.STATIC && !segment.text().equals(actual)) {
                return null;
            }
            if (segment.kind() == Kind.PARAM) {
                if (actual.isEmpty()) {
                    return null;
                }
                params.put(segment.text(), actual);
            }
        }
        return pattern.size() == path.size() ? params : null;
    }

    private static int bySpecificity(Route<?> a, Route<?> b) {
        for (int i = 0; ; i++) {
            int kindA = i < a.segments().size() ? a.segments().get(i).kind().ordinal() : -1;
            int kindB = i < b.segments().size() ? b.segments().get(i).kind().ordinal() : -1;
            if (kindA != kindB || kindA == -1) {
                return Integer.compare(kindA, kindB);
            }
        }
    }

    private static List<Segment> compile(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a pattern starts with '/': " + pattern);
        }
        String[] parts = pattern.substring(1).split("/", -1);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("*")) {
                if (i != parts.length - 1) {
                    throw new IllegalArgumentException("'*' must be the last segment: " + pattern);
                }
                segments.add(new Segment(Kind.WILDCARD, "*"));
            } else if (part.startsWith(":")) {
                String name = part.substring(1);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("bad parameter name '" + name + "' in " + pattern);
                }
                if (segments.contains(new Segment(Kind.PARAM, name))) {
                    throw new IllegalArgumentException("parameter '" + name + "' twice in " + pattern);
                }
                segments.add(new Segment(Kind.PARAM, name));
            } else {
                segments.add(new Segment(Kind.STATIC, part));
            }
        }
        return segments;
    }
}
