package dev.backendlab.phase02.server;

/**
 * The application: called once per request, like the callback of Node's {@code http.createServer}.
 * It reads the request from the exchange and answers through it, exactly once.
 */
@FunctionalInterface
public interface HttpHandler {

    /**
     * @throws Exception anything; the server then answers 500 (if no response was started) without
     *                   showing the exception to the client, and keeps serving other requests
     */
    void handle(Exchange exchange) throws Exception;
}
