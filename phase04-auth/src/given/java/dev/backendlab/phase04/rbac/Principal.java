package dev.backendlab.phase04.rbac;

import java.util.Set;

/** Who is calling, once authenticated: a user id and the roles the token or session granted. */
public record Principal(String userId, Set<String> roles) {

    public Principal {
        roles = Set.copyOf(roles);
    }
}
