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

    private static final String SECTION = "Exercise 8: Error handling";

    private final Consumer<String> log;
    private final Runnable shutdown;

    public CentralErrorHandler(Consumer<String> log, Runnable shutdown) {
        this.log = log;
        this.shutdown = shutdown;
    }

    public Response handle(Throwable error) {
        // TODO
        throw new NotImplementedYetException("write CentralErrorHandler.handle", SECTION);
    }

    /** {@code route}, with every exception it throws turned into {@link #handle}'s response. */
    public Function<String, Response> guard(Function<String, Response> route) {
        // TODO
        throw new NotImplementedYetException("write CentralErrorHandler.guard", SECTION);
    }
}
