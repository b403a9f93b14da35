package dev.backendlab.phase02.app;

import dev.backendlab.phase02.server.Exchange;

/** One route's code, like an Express {@code (req, res) => ...}: reads the request, answers through the exchange. */
@FunctionalInterface
public interface RouteHandler {

    void handle(RouteRequest request, Exchange exchange) throws Exception;
}
