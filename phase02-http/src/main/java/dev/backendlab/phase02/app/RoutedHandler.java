package dev.backendlab.phase02.app;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.router.Router;
import dev.backendlab.phase02.server.Exchange;
import dev.backendlab.phase02.server.HttpHandler;
import dev.backendlab.phase02.url.InvalidUrlException;

/**
 * The server's one handler, dispatching to routes: what Express's {@code app} is to Node's
 * {@code http.createServer}. It takes the target apart, asks the router, and turns the router's
 * answer into a response.
 */
public final class RoutedHandler implements HttpHandler {

    public RoutedHandler(Router<RouteHandler> router) {
        // TODO Keep router in a final field
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
        // TODO RequestTarget.parse the target and QueryParams.parse its query (400 on
        //  InvalidUrlException), route by method and segments, then answer by the kind of
        //  RouteResult: pattern matching with instanceof reads well here.
        throw new NotImplementedYetException("dispatch a request through the router", "Exercise 8: Routed application");
    }
}
