package dev.backendlab.web;

/**
 * Answers one request: reads it from the exchange and sends a response on it.
 *
 * <p>It runs on a worker thread, not on Netty's event loop, so it may block (wait on a lock, read a
 * file). What it throws goes to the router's {@link ErrorHandler}.
 */
@FunctionalInterface
public interface Handler {

    void handle(Exchange exchange) throws Exception;
}
