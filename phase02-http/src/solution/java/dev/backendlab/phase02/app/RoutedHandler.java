package dev.backendlab.phase02.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.router.RouteResult;
import dev.backendlab.phase02.router.Router;
import dev.backendlab.phase02.server.Exchange;
import dev.backendlab.phase02.server.HttpHandler;
import dev.backendlab.phase02.url.InvalidUrlException;
import dev.backendlab.phase02.url.QueryParams;
import dev.backendlab.phase02.url.RequestTarget;
import java.util.List;

/**
 * The server's one handler, dispatching to routes: what Express's {@code app} is to Node's
 * {@code http.createServer}. It takes the target apart, asks the router, and turns the router's
 * answer into a response.
 */
public final class RoutedHandler implements HttpHandler {

    private static final List<HeaderField> TEXT = List.of(new HeaderField("Content-Type", "text/plain; charset=utf-8"));

    private final Router<RouteHandler> router;

    public RoutedHandler(Router<RouteHandler> router) {
        this.router = router;
    }

    /**
     * Answers:
     * <ul>
     *   <li>400 with a short text body when the target is refused ({@link InvalidUrlException});</li>
     *   <li>404 with a short text body when no route matches the path;</li>
     *   <li>405 with {@code Allow: GET, HEAD, ...} (the router's list joined with {@code ", "}) and a
     *       short text body when the path matches with other methods;</li>
     *   <li>204 with the same Allow header for OPTIONS without its own route;</li>
     *   <li>otherwise the route's handler, with the params, the parsed query (also 400 when its
     *       escapes are invalid), the headers and the body.</li>
     * </ul>
     * HEAD needs nothing special here: the router gives it GET's handler, the response writer
     * drops the body.
     */
    @Override
    public void handle(Exchange exchange) throws Exception {
        RequestTarget target;
        QueryParams query;
        try {
            target = RequestTarget.parse(exchange.head().target());
            query = QueryParams.parse(target.rawQuery());
        } catch (InvalidUrlException e) {
            exchange.send(400, TEXT, ("bad request target: " + e.getMessage() + "\n").getBytes(UTF_8));
            return;
        }
        String method = exchange.head().method();
        RouteResult<RouteHandler> result = router.route(method, target.segments());
        if (result instanceof RouteResult.Matched<RouteHandler> matched) {
            matched.handler().handle(new RouteRequest(method, matched.params(), query, exchange.head().headers(),
                    exchange.body()), exchange);
        } else if (result instanceof RouteResult.MethodNotAllowed<RouteHandler> notAllowed) {
            exchange.send(405, withAllow(notAllowed.allow(), TEXT), (method + " is not allowed here\n").getBytes(UTF_8));
        } else if (result instanceof RouteResult.Options<RouteHandler> options) {
            exchange.send(204, withAllow(options.allow(), List.of()), new byte[0]);
        } else {
            exchange.send(404, TEXT, "not found\n".getBytes(UTF_8));
        }
    }

    private static List<HeaderField> withAllow(List<String> allow, List<HeaderField> others) {
        List<HeaderField> headers = new java.util.ArrayList<>(others);
        headers.add(new HeaderField("Allow", String.join(", ", allow)));
        return headers;
    }
}
