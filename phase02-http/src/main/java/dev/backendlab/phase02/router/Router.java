package dev.backendlab.phase02.router;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;

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

    // TODO Keep the routes: each pattern compiled once into its segments, with a handler per method.

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
        // TODO Compile the pattern (split on '/', like a path) and validate it here, not at routing time.
        throw new NotImplementedYetException("register a route", "Exercise 5: Router and methods");
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
        // TODO Find every route matching the path first; only then look at the method.
        throw new NotImplementedYetException("route a request", "Exercise 5: Router and methods");
    }
}
