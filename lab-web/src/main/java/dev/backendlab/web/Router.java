package dev.backendlab.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a method and a path to a {@link Handler}, like an Express router.
 *
 * <p>Patterns are literal segments and {@code :name} segments ({@code /books/:id}); the first route
 * added that matches wins. A path that no route matches goes to the not-found handler (404); a path
 * that matches under other methods only goes to the method-not-allowed handler (405 with
 * {@code Allow}); both handlers can be replaced. {@code HEAD} falls back to the
 * {@code GET} route (the server drops the body). {@code OPTIONS} is not answered for you.
 *
 * <p>Middlewares added with {@link #use} wrap every request, the 404s and 405s included, in the
 * order added. Whatever a handler or middleware throws goes to the {@link ErrorHandler}.
 *
 * <p>Configure a router before the server starts; it is read-only afterwards.
 */
public final class Router {

    private record Route(String method, String[] segments, Handler handler, boolean streaming) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<Middleware> middlewares = new ArrayList<>();
    private ErrorHandler errorHandler = ErrorHandler.PLAIN_500;
    private Handler notFound = exchange -> exchange.sendText(404, "Not Found");
    private Handler methodNotAllowed = exchange -> exchange.sendText(405, "Method Not Allowed");

    public Router get(String pattern, Handler handler) {
        return route("GET", pattern, handler);
    }

    public Router post(String pattern, Handler handler) {
        return route("POST", pattern, handler);
    }

    public Router put(String pattern, Handler handler) {
        return route("PUT", pattern, handler);
    }

    public Router patch(String pattern, Handler handler) {
        return route("PATCH", pattern, handler);
    }

    public Router delete(String pattern, Handler handler) {
        return route("DELETE", pattern, handler);
    }

    /** Any method, {@code OPTIONS} included. */
    public Router route(String method, String pattern, Handler handler) {
        routes.add(new Route(method.toUpperCase(java.util.Locale.ROOT), segments(pattern), handler, false));
        return this;
    }

    /**
     * A route whose request body is not read in advance: the handler starts once the headers are in
     * and reads the body from {@link Exchange#bodyStream()} as it arrives, with no size limit but its
     * own (an upload streamed to disk). If it answers before reading the whole body, the connection
     * is closed after the response.
     */
    public Router stream(String method, String pattern, Handler handler) {
        routes.add(new Route(method.toUpperCase(java.util.Locale.ROOT), segments(pattern), handler, true));
        return this;
    }

    /** Whether the route that would serve this request is a streaming one. */
    boolean streams(String method, String path) {
        String[] actual = segments(path);
        for (Route route : routes) {
            if (route.method.equals(method) && match(route.segments, actual) != null) {
                return route.streaming;
            }
        }
        return false;
    }

    public Router use(Middleware middleware) {
        middlewares.add(middleware);
        return this;
    }

    public Router onError(ErrorHandler handler) {
        errorHandler = handler;
        return this;
    }

    /** Replaces the default 404 ({@code text/plain "Not Found"}). */
    public Router notFound(Handler handler) {
        notFound = handler;
        return this;
    }

    /**
     * Replaces the default 405 ({@code text/plain "Method Not Allowed"}). The router has set
     * {@code Allow} on the response when the handler runs; a handler that throws instead must carry
     * it along, because the error handler starts from a clean response.
     */
    public Router methodNotAllowed(Handler handler) {
        methodNotAllowed = handler;
        return this;
    }

    /** The methods some route serves at this path, HEAD added where GET is; empty if none matches. */
    public Set<String> allowedMethods(String path) {
        Set<String> allowed = new TreeSet<>();
        String[] actual = segments(path);
        for (Route route : routes) {
            if (match(route.segments, actual) != null) {
                allowed.add(route.method);
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    /** Runs the middlewares and the matching route; never throws. Called by the server per request. */
    public void dispatch(Exchange exchange) {
        try {
            dispatchOrThrow(exchange);
        } catch (Error unexpected) {
            // A StackOverflowError in a handler (a recursion without end) still gets an answer.
            exchange.resetResponse();
            exchange.sendText(500, "Internal Server Error");
        }
    }

    private void dispatchOrThrow(Exchange exchange) {
        try {
            chain(0).handle(exchange);
            if (!exchange.hasResponse()) {
                throw new IllegalStateException("no response was sent for " + exchange);
            }
        } catch (Exception e) {
            exchange.resetResponse();
            try {
                errorHandler.handle(exchange, e);
            } catch (Exception inErrorHandler) {
                e.addSuppressed(inErrorHandler);
            }
            if (!exchange.hasResponse()) {
                exchange.resetResponse();
                exchange.sendText(500, "Internal Server Error");
            }
        }
    }

    private Handler chain(int index) {
        if (index == middlewares.size()) {
            return this::route;
        }
        Middleware middleware = middlewares.get(index);
        Handler next = chain(index + 1);
        return exchange -> middleware.handle(exchange, next);
    }

    private void route(Exchange exchange) throws Exception {
        String[] actual = segments(exchange.path());
        String method = exchange.method();
        Route found = find(method, actual, exchange);
        if (found == null && method.equals("HEAD")) {
            found = find("GET", actual, exchange);
        }
        if (found != null) {
            found.handler.handle(exchange);
            return;
        }
        Set<String> allowed = allowedMethods(exchange.path());
        if (allowed.isEmpty()) {
            notFound.handle(exchange);
        } else {
            exchange.header("Allow", String.join(", ", allowed));
            methodNotAllowed.handle(exchange);
        }
    }

    private Route find(String method, String[] actual, Exchange exchange) {
        for (Route route : routes) {
            if (!route.method.equals(method)) {
                continue;
            }
            Map<String, String> params = match(route.segments, actual);
            if (params != null) {
                exchange.pathParams(params);
                return route;
            }
        }
        return null;
    }

    private static Map<String, String> match(String[] pattern, String[] actual) {
        if (pattern.length != actual.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith(":")) {
                params.put(pattern[i].substring(1), actual[i]);
            } else if (!pattern[i].equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    /** "/books/42/" and "/books/42" are the same path: empty segments are dropped. */
    private static String[] segments(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
