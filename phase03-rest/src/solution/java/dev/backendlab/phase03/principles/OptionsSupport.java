package dev.backendlab.phase03.principles;

import dev.backendlab.web.Middleware;
import dev.backendlab.web.Router;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code OPTIONS}: the method a client uses to ask a resource what it supports (RFC 9110 section
 * 9.3.7). Discoverability is part of REST's uniform interface: a client should not have to try
 * DELETE to learn it is not allowed.
 */
public final class OptionsSupport {

    private OptionsSupport() {
    }

    /**
     * A middleware that answers every {@code OPTIONS} request for a path some route of {@code router}
     * serves: 204 with {@code Allow} listing the methods of that path, {@code HEAD} where there is
     * {@code GET}, and {@code OPTIONS} itself, in alphabetical order, comma and space separated
     * ({@code Allow: GET, HEAD, OPTIONS, POST}). Any other request, and an {@code OPTIONS} for a path no
     * route serves, goes on to the router (so the latter is its usual 404).
     */
    public static Middleware middleware(Router router) {
        return (exchange, next) -> {
            Set<String> allowed = exchange.method().equals("OPTIONS")
                    ? new TreeSet<>(router.allowedMethods(exchange.path()))
                    : Set.of();
            if (allowed.isEmpty()) {
                next.handle(exchange);
                return;
            }
            allowed.add("OPTIONS");
            exchange.header("Allow", String.join(", ", allowed));
            exchange.sendEmpty(204);
        };
    }
}
