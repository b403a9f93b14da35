package dev.backendlab.phase04.header;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Authorization request header: {@code <scheme> 1*SP <credentials>} (RFC 9110
 * section 11.4), schemes compared ignoring case.
 */
public final class AuthorizationHeaderParser {

    private static final System.Logger LOG = System.getLogger(AuthorizationHeaderParser.class.getName());
    private static final Pattern CREDENTIALS = Pattern.compile("([!#$%&'*+\\-.^_`|~0-9A-Za-z]+)(?: +(.*))?");
    private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final String realm;

    public AuthorizationHeaderParser(String realm) {
        this.realm = realm;
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
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CREDENTIALS.matcher(header.strip());
        if (!m.matches()) {
            throw reject(401, bothChallenges(), "the Authorization header does not start with a scheme");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2) == null ? "" : m.group(2);
        return switch (scheme) {
            case "bearer" -> Optional.of(bearer(rest));
            case "basic" -> Optional.of(basic(rest));
            default -> throw reject(401, bothChallenges(), "unsupported authentication scheme");
        };
    }

    private Credentials bearer(String token) {
        if (!TOKEN68.matcher(token).matches()) {
            throw reject(400, "Bearer realm=\"" + realm + "\", error=\"invalid_request\"",
                    "malformed Bearer credentials: expected one token68 value");
        }
        return new Credentials.Bearer(token);
    }

    private Credentials basic(String encoded) {
        String decoded;
        try {
            if (!TOKEN68.matcher(encoded).matches()) {
                throw new IllegalArgumentException();
            }
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getDecoder().decode(encoded)))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw reject(400, basicChallenge(), "malformed Basic credentials: not Base64 of UTF-8 text");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw reject(400, basicChallenge(), "malformed Basic credentials: expected user-id ':' password without control characters");
        }
        return new Credentials.Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private AuthorizationHeaderException reject(int status, String challenge, String message) {
        LOG.log(Level.WARNING, "rejected Authorization header ({0}): {1}", status, message);
        return new AuthorizationHeaderException(status, challenge, message);
    }

    private String basicChallenge() {
        return "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
    }

    private String bothChallenges() {
        return "Bearer realm=\"" + realm + "\", " + basicChallenge();
    }
}
