/**
 * Protecting an HTTP API: the books API on the given web layer ({@code lab-web}) behind a bearer
 * token middleware that answers 400, 401 and 403 with the RFC 6750 challenges.
 *
 * <p>Start with {@link dev.backendlab.phase04.api.BooksApi} (the routes, what each needs, who may
 * do what), then write {@link dev.backendlab.phase04.api.BearerAuthMiddleware#handle}.
 */
package dev.backendlab.phase04.api;
