package dev.backendlab.phase04.rbac;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What each role may do once its includes are followed, for example admin includes editor includes
 * viewer, so an admin may do what a viewer may. Permissions read {@code resource:action}, optionally
 * {@code resource:action:own} (only on what the caller owns) or {@code resource:*} (every action on
 * the resource).
 */
public final class RoleHierarchy {

    private final RoleDefinitions definitions;

    /** @param definitions the roles, what each includes and what each grants directly */
    public RoleHierarchy(RoleDefinitions definitions) {
        this.definitions = definitions;
    }

    /**
     * Every permission {@code role} has: its own and, transitively, those of every role it includes.
     * An unknown role has none. A cycle in the definitions (a includes b includes a) must not loop.
     */
    public Set<String> permissionsOf(String role) {
        Set<String> permissions = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(role);
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                permissions.addAll(definitions.directPermissions(next));
                definitions.includedRoles(next).forEach(pending::push);
            }
        }
        return Set.copyOf(permissions);
    }

    /**
     * Whether any of {@code roles} has {@code permission}: exactly, or through a wildcard
     * {@code resource:*}, which grants every permission that starts with {@code resource:}.
     */
    public boolean allows(Collection<String> roles, String permission) {
        for (String role : roles) {
            for (String granted : permissionsOf(role)) {
                if (granted.equals(permission)
                        || granted.endsWith(":*") && permission.startsWith(granted.substring(0, granted.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
