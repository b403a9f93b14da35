/**
 * Exercise 6: a server on raw sockets. Start with
 * {@link dev.backendlab.phase02.server.BlockingHttpServer}, one thread per connection, which puts
 * the request parser (Exercise 1) and the response writer (Exercise 4) on a socket and calls an
 * {@link dev.backendlab.phase02.server.HttpHandler} with an
 * {@link dev.backendlab.phase02.server.Exchange} per request.
 */
package dev.backendlab.phase02.server;
