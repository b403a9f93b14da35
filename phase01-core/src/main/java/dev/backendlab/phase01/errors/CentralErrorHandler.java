package dev.backendlab.phase01.errors;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One place that turns any error into a response, as an Express error middleware
 * ({@code app.use((err, req, res, next) => ...)}) does.
 *
 * <ul>
 *   <li>Operational ({@link AppError} with {@code operational() == true}): logged as
 *       {@code warn <code>: <message>}, answered with its status and
 *       {@code {"error":"<code>","message":"<message>"}}; the program goes on.</li>
 *   <li>Anything else is a programmer error: logged as {@code fatal <exception.toString()>}, answered
 *       with 500 and {@code {"error":"INTERNAL","message":"Internal Server Error"}} (never the
 *       exception's message: it may leak internals), and {@code shutdown} is requested, once.</li>
 * </ul>
 */
public final class CentralErrorHandler {

    public CentralErrorHandler(Consumer<String> log, Runnable shutdown) {
        // TODO Keep log and shutdown in final fields, and a flag for "shutdown already requested".
    }

    public Response handle(Throwable error) {
        // TODO Operational AppError: log warn, answer its status and body. Anything else: log fatal, request
        //  shutdown once, answer the fixed 500 body.
        throw new NotImplementedYetException("turn an error into a response", "Exercise 8: Error handling");
    }

    /** {@code route}, with every exception it throws turned into {@link #handle}'s response. */
    public Function<String, Response> guard(Function<String, Response> route) {
        // TODO Return a route that calls route and sends whatever it throws through handle.
        throw new NotImplementedYetException("wrap a route so its errors reach handle",
                "Exercise 8: Error handling");
    }
}
