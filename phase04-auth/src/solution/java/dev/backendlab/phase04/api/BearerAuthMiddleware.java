package dev.backendlab.phase04.api;

import dev.backendlab.phase04.rbac.Principal;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Handler;
import dev.backendlab.web.Middleware;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern CREDENTIALS = Pattern.compile("([!#$%&'*+\\-.^_`|~0-9A-Za-z]+)(?: +(.*))?");
    private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final TokenVerifier verifier;
    private final Policy policy;
    private final Function<Exchange, Requirement> requirements;
    private final String realm;

    /**
     * @param requirements what a request needs, for example {@code booksApi::requirementFor}
     * @param realm        the realm named in every challenge
     */
    public BearerAuthMiddleware(TokenVerifier verifier, Policy policy,
                                Function<Exchange, Requirement> requirements, String realm) {
        this.verifier = verifier;
        this.policy = policy;
        this.requirements = requirements;
        this.realm = realm;
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
        List<String> headers = exchange.headers("Authorization");
        if (headers.isEmpty() || headers.size() == 1 && headers.get(0).isBlank()) {
            refuse(exchange, 401, "Bearer realm=\"" + realm + "\"", Map.of("error", "unauthorized"));
            return;
        }
        if (headers.size() > 1) {
            invalidRequest(exchange);
            return;
        }
        Matcher m = CREDENTIALS.matcher(headers.get(0).strip());
        if (!m.matches() || !m.group(1).toLowerCase(Locale.ROOT).equals("bearer")) {
            refuse(exchange, 401, "Bearer realm=\"" + realm + "\"", Map.of("error", "unauthorized"));
            return;
        }
        String token = m.group(2);
        if (token == null || !TOKEN68.matcher(token).matches()) {
            invalidRequest(exchange);
            return;
        }
        Principal principal;
        try {
            principal = verifier.verify(token);
        } catch (InvalidTokenException e) {
            refuse(exchange, 401, "Bearer realm=\"" + realm + "\", error=\"invalid_token\"", Map.of("error", "invalid_token"));
            return;
        }
        Requirement needed = requirements.apply(exchange);
        if (!policy.permits(principal, needed.permission(), needed.ownerId())) {
            refuse(exchange, 403, "Bearer realm=\"" + realm + "\", error=\"insufficient_scope\", scope=\"" + needed.permission() + "\"",
                    Map.of("error", "insufficient_scope", "scope", needed.permission()));
            return;
        }
        exchange.attribute(BooksApi.PRINCIPAL, principal);
        next.handle(exchange);
    }

    private void invalidRequest(Exchange exchange) {
        refuse(exchange, 400, "Bearer realm=\"" + realm + "\", error=\"invalid_request\"", Map.of("error", "invalid_request"));
    }

    private static void refuse(Exchange exchange, int status, String challenge, Map<String, String> body) {
        exchange.header("WWW-Authenticate", challenge);
        exchange.sendJson(status, body);
    }
}
