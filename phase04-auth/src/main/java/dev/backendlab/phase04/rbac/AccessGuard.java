package dev.backendlab.phase04.rbac;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * The authorization middleware, as a pure function from what authentication found and what the
 * route needs to a {@link Decision}. A web layer calls it per request and writes the status and
 * the {@code WWW-Authenticate} header (RFC 6750 section 3) it returns.
 */
public final class AccessGuard {

    public AccessGuard(RoleHierarchy roles, String realm) {
        // TODO keep the roles and the realm in final fields: permits and check read them
    }

    /**
     * Whether {@code principal} may do {@code permission}: its roles allow it outright, or they allow
     * {@code permission + ":own"} and {@code ownerId} is the principal's user id.
     *
     * @param ownerId who owns the resource, or null when it has no owner (for example a collection)
     */
    public boolean permits(Principal principal, String permission, String ownerId) {
        // TODO roles.allows(permission), else the ":own" variant when ownerId is the principal's user id
        throw new NotImplementedYetException("apply the permissions and the ownership rule", "Exercise 6: RBAC");
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
        // TODO Anonymous, InvalidCredentials or Authenticated (instanceof patterns); build the challenge strings exactly
        throw new NotImplementedYetException("decide 200, 401 or 403 with the challenge", "Exercise 6: RBAC");
    }
}
