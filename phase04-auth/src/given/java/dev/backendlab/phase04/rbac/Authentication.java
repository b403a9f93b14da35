package dev.backendlab.phase04.rbac;

/**
 * What authentication made of a request, before authorization looks at it: no credentials at
 * all, credentials that did not check out, or a principal.
 */
public sealed interface Authentication {

    /** The request carried no credentials. */
    record Anonymous() implements Authentication {
    }

    /** The request carried credentials that were rejected (expired, forged, unknown). */
    record InvalidCredentials(String description) implements Authentication {
    }

    /** The request carried valid credentials of this principal. */
    record Authenticated(Principal principal) implements Authentication {
    }
}
