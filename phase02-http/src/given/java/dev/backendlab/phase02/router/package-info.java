/**
 * Exercise 5: routing by method and path. Start with
 * {@link dev.backendlab.phase02.router.Router}: patterns with {@code :params} and a wildcard, the
 * most specific match wins, and {@link dev.backendlab.phase02.router.RouteResult} says whether the
 * answer is a handler, 404, 405 with Allow, or an automatic OPTIONS.
 */
package dev.backendlab.phase02.router;
