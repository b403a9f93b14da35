package dev.backendlab.phase04.api;

import dev.backendlab.phase04.rbac.Principal;

/**
 * Whether a principal may do something: exercise 6's {@code AccessGuard.permits}, as a function
 * the middleware is given.
 */
@FunctionalInterface
public interface Policy {

    boolean permits(Principal principal, String permission, String ownerId);
}
