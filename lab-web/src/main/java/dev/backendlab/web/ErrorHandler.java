package dev.backendlab.web;

/**
 * Turns what a handler or a middleware threw into a response, like Express's
 * {@code (err, req, res, next)} handler. The response the failed handler had started is discarded
 * first, so the error handler starts from a clean one.
 */
@FunctionalInterface
public interface ErrorHandler {

    void handle(Exchange exchange, Exception error) throws Exception;

    /** The default: a 500 that names nothing internal. */
    ErrorHandler PLAIN_500 = (exchange, error) ->
            exchange.sendText(500, "Internal Server Error");
}
