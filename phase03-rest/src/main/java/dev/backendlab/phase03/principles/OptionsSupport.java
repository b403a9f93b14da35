package dev.backendlab.phase03.principles;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.web.Middleware;
import dev.backendlab.web.Router;

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
        // TODO Return a middleware: on OPTIONS, ask router.allowedMethods(path), add OPTIONS, answer 204 with Allow.
        throw new NotImplementedYetException("answer OPTIONS with Allow for every route", "Exercise 11: REST principles");
    }
}
