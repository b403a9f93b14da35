/**
 * The given web layer: a small HTTP server on Netty that phases 3 and 4 build their APIs on. The
 * learner does not write it; it is here so the exercises can be about API behaviour, not plumbing.
 *
 * <p>Start with {@link dev.backendlab.web.WebServer} (listen on an ephemeral loopback port), then
 * {@link dev.backendlab.web.Router} (method + {@code /books/:id} patterns, middlewares, an error
 * handler) and {@link dev.backendlab.web.Exchange} (the request and the response being built).
 * {@link dev.backendlab.web.Json} is the one Jackson mapper. Streaming routes ({@code Router.stream})
 * read their body while it arrives, through {@code StreamingDispatcher} and {@code BodyStream}.
 */
package dev.backendlab.web;
