package dev.backendlab.phase04.rbac;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
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
        Set<String> permissions = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(role);
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                permissions.addAll(grants.getOrDefault(next, Set.of()));
                includes.getOrDefault(next, Set.of()).forEach(pending::push);
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
