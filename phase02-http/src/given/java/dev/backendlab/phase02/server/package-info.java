/**
 * Exercises 6 and 7: servers on raw sockets, one class per role. Start with
 * {@link dev.backendlab.phase02.server.BlockingHttpServer}, one thread per connection
 * ({@code BlockingConnection}), which puts the request parser (Exercise 1) and the response writer
 * (Exercise 4) on a socket and calls an {@link dev.backendlab.phase02.server.HttpHandler} with an
 * {@link dev.backendlab.phase02.server.Exchange} per request. What both servers do around that call
 * ({@code ServerExchange}, {@code RequestBody}, {@code ErrorResponse}) is written once and shared
 * by {@link dev.backendlab.phase02.server.NonBlockingHttpServer}, whose {@code NioEventLoop}
 * drives every connection from one thread.
 */
package dev.backendlab.phase02.server;
