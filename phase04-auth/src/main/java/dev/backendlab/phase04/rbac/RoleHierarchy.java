package dev.backendlab.phase04.rbac;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Collection;
import java.util.Set;

/**
 * What each role may do once its includes are followed, for example admin includes editor includes
 * viewer, so an admin may do what a viewer may. Permissions read {@code resource:action}, optionally
 * {@code resource:action:own} (only on what the caller owns) or {@code resource:*} (every action on
 * the resource).
 */
public final class RoleHierarchy {

    /** @param definitions the roles, what each includes and what each grants directly */
    public RoleHierarchy(RoleDefinitions definitions) {
        // TODO keep the definitions in a final field: permissionsOf walks them
    }

    /**
     * Every permission {@code role} has: its own and, transitively, those of every role it includes.
     * An unknown role has none. A cycle in the definitions (a includes b includes a) must not loop.
     */
    public Set<String> permissionsOf(String role) {
        // TODO walk definitions.includedRoles from role (a work list and a seen set), collecting each
        //  role's definitions.directPermissions
        throw new NotImplementedYetException("collect a role's permissions through its includes", "Exercise 6: RBAC");
    }

    /**
     * Whether any of {@code roles} has {@code permission}: exactly, or through a wildcard
     * {@code resource:*}, which grants every permission that starts with {@code resource:}.
     */
    public boolean allows(Collection<String> roles, String permission) {
        // TODO any role's permissionsOf has permission, or a "resource:*" whose "resource:" starts it
        throw new NotImplementedYetException("decide whether roles allow a permission", "Exercise 6: RBAC");
    }
}
