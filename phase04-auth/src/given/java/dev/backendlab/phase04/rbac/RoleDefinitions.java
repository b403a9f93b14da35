package dev.backendlab.phase04.rbac;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The role table as written down: for each role, the roles it includes and the permissions it
 * grants directly. Nothing is followed here; {@link RoleHierarchy} walks the includes.
 */
public final class RoleDefinitions {

    private final Map<String, Set<String>> includes;
    private final Map<String, Set<String>> grants;

    private RoleDefinitions(Map<String, Set<String>> includes, Map<String, Set<String>> grants) {
        this.includes = includes;
        this.grants = grants;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The roles {@code role} includes directly; none for an unknown role. */
    public Set<String> includedRoles(String role) {
        return includes.getOrDefault(role, Set.of());
    }

    /** The permissions {@code role} grants itself, not those of the roles it includes; none for an unknown role. */
    public Set<String> directPermissions(String role) {
        return grants.getOrDefault(role, Set.of());
    }

    /** Collects role definitions. */
    public static final class Builder {

        private final Map<String, Set<String>> includes = new LinkedHashMap<>();
        private final Map<String, Set<String>> grants = new LinkedHashMap<>();

        private Builder() {
        }

        /** Defines {@code role}: it has every permission of the roles it includes, plus its own. */
        public Builder role(String role, Set<String> includedRoles, Set<String> permissions) {
            includes.put(role, Set.copyOf(includedRoles));
            grants.put(role, Set.copyOf(permissions));
            return this;
        }

        public RoleDefinitions build() {
            return new RoleDefinitions(Map.copyOf(includes), Map.copyOf(grants));
        }
    }
}
