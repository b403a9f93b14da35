package dev.backendlab.phase04.api;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Handler;
import dev.backendlab.web.Middleware;
import java.util.function.Function;

/**
 * The books API's bearer token middleware (RFC 6750), run before every route: who is calling
 * (the Authorization header, the {@link TokenVerifier}), and may they (the {@link Requirement} of
 * the request, the {@link Policy}). Express would write it as {@code app.use(authenticate)} plus
 * {@code authorize('books:update')} per route.
 *
 * <p>Every refusal is answered here, without calling {@code next}, with the status, the
 * {@code WWW-Authenticate} header and a JSON body below, built from constants only: neither the
 * header's value nor the token nor the verifier's message ever appears in a response.
 */
public final class BearerAuthMiddleware implements Middleware {

    /**
     * @param requirements what a request needs, for example {@code booksApi::requirementFor}
     * @param realm        the realm named in every challenge
     */
    public BearerAuthMiddleware(TokenVerifier verifier, Policy policy,
                                Function<Exchange, Requirement> requirements, String realm) {
        // TODO keep the four arguments in final fields: handle reads them
    }

    /**
     * One request, in this order (the realm is the constructor's):
     * <ol>
     *   <li>No Authorization header, or one whose value is blank: 401, {@code Bearer realm="<realm>"}
     *       (no error code, RFC 6750 section 3.1), body {@code {"error":"unauthorized"}}.</li>
     *   <li>More than one Authorization header: 400, {@code Bearer realm="<realm>", error="invalid_request"},
     *       body {@code {"error":"invalid_request"}}.</li>
     *   <li>The value is {@code <scheme> 1*SP <rest>}; a scheme other than {@code Bearer} (compared
     *       ignoring case; {@code Basic} included), or no scheme at all: 401 as in step 1, since the
     *       request carries no bearer credentials.</li>
     *   <li>{@code Bearer} whose rest is missing or not one token68 value ({@code [A-Za-z0-9-._~+/]+=*}):
     *       400 as in step 2.</li>
     *   <li>The verifier throws {@link InvalidTokenException}: 401,
     *       {@code Bearer realm="<realm>", error="invalid_token"}, body {@code {"error":"invalid_token"}}.</li>
     *   <li>The policy does not permit the request's requirement (permission and owner): 403,
     *       {@code Bearer realm="<realm>", error="insufficient_scope", scope="<permission>"},
     *       body {@code {"error":"insufficient_scope","scope":"<permission>"}}.</li>
     *   <li>Otherwise: the principal goes into the exchange attribute {@link BooksApi#PRINCIPAL}, then
     *       {@code next.handle(exchange)}.</li>
     * </ol>
     * Every refusal's body is sent with {@code exchange.sendJson(status, map)}.
     */
    @Override
    public void handle(Exchange exchange, Handler next) throws Exception {
        // TODO exchange.headers("Authorization"): none/blank, more than one; scheme and token68; verify;
        //  requirements.apply(exchange) and policy.permits; then the attribute and next.handle(exchange).
        //  Each refusal: exchange.header("WWW-Authenticate", ...) and exchange.sendJson(status, Map.of(...)).
        throw new NotImplementedYetException("authenticate and authorize the request, or answer 400/401/403",
                "Exercise 8: Protecting an API");
    }
}
