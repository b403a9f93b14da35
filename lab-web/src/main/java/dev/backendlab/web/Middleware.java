package dev.backendlab.web;

/**
 * Wraps every route, like an Express {@code app.use((req, res, next) => ...)} function.
 *
 * <p>It may answer itself and not call {@code next} (a rate limiter's 429), or call
 * {@code next.handle(exchange)} and then look at or change the response the route made: the
 * response is only written to the socket after the whole chain returned.
 */
@FunctionalInterface
public interface Middleware {

    void handle(Exchange exchange, Handler next) throws Exception;
}
