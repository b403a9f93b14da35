package dev.backendlab.phase03.catalogue;

import dev.backendlab.web.Exchange;
import java.util.Map;

/**
 * The error handler the exercises' routers install (until Exercise 5 replaces it with problem
 * details): an {@link ApiException} becomes its status, its headers and
 * {@code {"status":404,"error":"<message>"}}; anything else a 500 that says nothing more.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static void send(Exchange exchange, Exception error) {
        if (error instanceof ApiException api) {
            api.headers().forEach(exchange::header);
            exchange.sendJson(api.status(), Map.of("status", api.status(), "error", api.getMessage()));
        } else {
            exchange.sendJson(500, Map.of("status", 500, "error", "internal server error"));
        }
    }
}
