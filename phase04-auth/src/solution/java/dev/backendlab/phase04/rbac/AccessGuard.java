package dev.backendlab.phase04.rbac;

import dev.backendlab.phase04.rbac.Authentication.Authenticated;
import dev.backendlab.phase04.rbac.Authentication.InvalidCredentials;

/**
 * The authorization middleware, as a pure function from what authentication found and what the
 * route needs to a {@link Decision}. A web layer calls it per request and writes the status and
 * the {@code WWW-Authenticate} header (RFC 6750 section 3) it returns.
 */
public final class AccessGuard {

    private final RoleHierarchy roles;
    private final String realm;

    public AccessGuard(RoleHierarchy roles, String realm) {
        this.roles = roles;
        this.realm = realm;
    }

    /**
     * Whether {@code principal} may do {@code permission}: its roles allow it outright, or they allow
     * {@code permission + ":own"} and {@code ownerId} is the principal's user id.
     *
     * @param ownerId who owns the resource, or null when it has no owner (for example a collection)
     */
    public boolean permits(Principal principal, String permission, String ownerId) {
        if (roles.allows(principal.roles(), permission)) {
            return true;
        }
        return ownerId != null && ownerId.equals(principal.userId()) && roles.allows(principal.roles(), permission + ":own");
    }

    /**
     * The decision for one request:
     * <ul>
     *   <li>no credentials: 401, {@code Bearer realm="<realm>"} (no error code, RFC 6750 section 3.1);</li>
     *   <li>invalid credentials: 401, {@code Bearer realm="<realm>", error="invalid_token", error_description="<description>"},
     *       the description stripped of every character RFC 6750 does not allow in it (only %x20-21, %x23-5B, %x5D-7E);</li>
     *   <li>valid but not permitted: 403, {@code Bearer realm="<realm>", error="insufficient_scope", scope="<permission>"};</li>
     *   <li>permitted: 200, no challenge, the principal.</li>
     * </ul>
     */
    public Decision check(Authentication authentication, String permission, String ownerId) {
        if (authentication instanceof Authenticated authenticated) {
            return permits(authenticated.principal(), permission, ownerId)
                    ? new Decision(200, null, authenticated.principal())
                    : new Decision(403, "Bearer realm=\"" + realm
                            + "\", error=\"insufficient_scope\", scope=\"" + permission + "\"", null);
        }
        if (authentication instanceof InvalidCredentials invalid) {
            return new Decision(401, "Bearer realm=\"" + realm
                    + "\", error=\"invalid_token\", error_description=\"" + safe(invalid.description()) + "\"", null);
        }
        return new Decision(401, "Bearer realm=\"" + realm + "\"", null);
    }

    private static String safe(String description) {
        StringBuilder kept = new StringBuilder();
        description.chars()
                .filter(c -> c >= 0x20 && c <= 0x7E && c != '"' && c != '\\')
                .forEach(c -> kept.append((char) c));
        return kept.toString();
    }
}
