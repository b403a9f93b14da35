/**
 * Exercise 8: an application on the server, the Express layer. Start with
 * {@link dev.backendlab.phase02.app.RoutedHandler}: it turns each request into a route lookup and
 * the router's answer into 200s, 404s, 405s with Allow, and automatic OPTIONS; route handlers
 * see a {@link dev.backendlab.phase02.app.RouteRequest}.
 */
package dev.backendlab.phase02.app;
