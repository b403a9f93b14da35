package dev.backendlab.phase04.rbac;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Roles, the roles each includes, and the permissions each grants directly, for example
 * admin includes editor includes viewer. Permissions read {@code resource:action}, optionally
 * {@code resource:action:own} (only on what the caller owns) or {@code resource:*} (every action on
 * the resource).
 */
public final class RoleHierarchy {

    private final Map<String, Set<String>> includes;
    private final Map<String, Set<String>> grants;

    private RoleHierarchy(Map<String, Set<String>> includes, Map<String, Set<String>> grants) {
        this.includes = includes;
        this.grants = grants;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects role definitions. */
    public static final class Builder {

        private final Map<String, Set<String>> includes = new LinkedHashMap<>();
        private final Map<String, Set<String>> grants = new LinkedHashMap<>();

        /** Defines {@code role}: it has every permission of the roles it includes, plus its own. */
        public Builder role(String role, Set<String> includedRoles, Set<String> permissions) {
            includes.put(role, Set.copyOf(includedRoles));
            grants.put(role, Set.copyOf(permissions));
            return this;
        }

        public RoleHierarchy build() {
            return new RoleHierarchy(Map.copyOf(includes), Map.copyOf(grants));
        }
    }

    /**
     * Every permission {@code role} has: its own and, transitively, those of every role it includes.
     * An unknown role has none. A cycle in the definitions (a includes b includes a) must not loop.
     */
    public Set<String> permissionsOf(String role) {
        // TODO walk the includes from role (a work list and a seen set), collecting each role's grants
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
