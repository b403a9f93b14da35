package dev.backendlab.phase04.header;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Optional;

/**
 * Reads the Authorization request header: {@code <scheme> 1*SP <credentials>} (RFC 9110
 * section 11.4), schemes compared ignoring case.
 */
public final class AuthorizationHeaderParser {

    public AuthorizationHeaderParser(String realm) {
        // TODO keep the realm in a final field: the challenges name it
    }

    /**
     * The credentials in {@code header}, or empty when there is none (null or blank: the request is
     * anonymous). Leading and trailing spaces of the whole value are ignored.
     * <ul>
     *   <li>{@code Bearer <token68>}: a {@link Credentials.Bearer}. Missing or not token68 (RFC 6750
     *       section 2.1: {@code [A-Za-z0-9-._~+/]+=*}): 400 with
     *       {@code Bearer realm="<realm>", error="invalid_request"}.</li>
     *   <li>{@code Basic <base64>}: a {@link Credentials.Basic}, the decoded bytes read as UTF-8, split
     *       at the first ':' (the password may hold more). Missing, not Base64, not UTF-8, no ':', or a
     *       control character in user or password: 400 with {@code Basic realm="<realm>", charset="UTF-8"}.</li>
     *   <li>any other scheme: 401 with {@code Bearer realm="<realm>", Basic realm="<realm>", charset="UTF-8"}.</li>
     * </ul>
     * Each rejection is logged once at WARNING on the {@code System.Logger} named after this class.
     * Neither that log line nor the exception's message contains the credentials, in any form.
     *
     * @throws AuthorizationHeaderException for the rejections above
     */
    public Optional<Credentials> parse(String header) {
        // TODO blank: empty; split scheme / 1*SP / rest; "bearer": token68; "basic": Base64, strict UTF-8,
        //  first ':', no control characters; anything else: 401. Log each rejection once at WARNING on
        //  System.getLogger(AuthorizationHeaderParser.class.getName()), with no part of the credentials.
        throw new NotImplementedYetException("parse an Authorization header", "Exercise 7: Authorization header");
    }
}
