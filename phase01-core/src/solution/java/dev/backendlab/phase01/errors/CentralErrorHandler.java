package dev.backendlab.phase01.errors;

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

    static final String INTERNAL_BODY = "{\"error\":\"INTERNAL\",\"message\":\"Internal Server Error\"}";

    private final Consumer<String> log;
    private final Runnable shutdown;
    private boolean shuttingDown;

    public CentralErrorHandler(Consumer<String> log, Runnable shutdown) {
        this.log = log;
        this.shutdown = shutdown;
    }

    public Response handle(Throwable error) {
        if (error instanceof AppError app && app.operational()) {
            log.accept("warn " + app.code() + ": " + app.getMessage());
            return new Response(app.status(),
                    "{\"error\":\"" + json(app.code()) + "\",\"message\":\"" + json(app.getMessage()) + "\"}");
        }
        log.accept("fatal " + error);
        if (!shuttingDown) {
            shuttingDown = true;
            shutdown.run();
        }
        return new Response(500, INTERNAL_BODY);
    }

    /** {@code route}, with every exception it throws turned into {@link #handle}'s response. */
    public Function<String, Response> guard(Function<String, Response> route) {
        return request -> {
            try {
                return route.apply(request);
            } catch (RuntimeException e) {
                return handle(e);
            }
        };
    }

    private static String json(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
