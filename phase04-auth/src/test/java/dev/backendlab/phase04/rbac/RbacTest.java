package dev.backendlab.phase04.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase04.rbac.Authentication.Anonymous;
import dev.backendlab.phase04.rbac.Authentication.Authenticated;
import dev.backendlab.phase04.rbac.Authentication.InvalidCredentials;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 6, title = "RBAC", topics = {"RBAC"})
@DisplayName("Exercise 6: RBAC")
class RbacTest {

    static final RoleHierarchy ROLES = new RoleHierarchy(RoleDefinitions.builder()
            .role("viewer", Set.of(), Set.of("books:read"))
            .role("author", Set.of("viewer"), Set.of("books:create", "books:update:own"))
            .role("editor", Set.of("viewer"), Set.of("books:update"))
            .role("admin", Set.of("editor"), Set.of("books:delete", "users:manage"))
            .role("librarian", Set.of(), Set.of("books:*"))
            .build());

    static final Principal VIEWER = new Principal("vera", Set.of("viewer"));
    static final Principal AUTHOR = new Principal("ada", Set.of("author"));
    static final Principal EDITOR = new Principal("ed", Set.of("editor"));
    static final Principal ADMIN = new Principal("root", Set.of("admin"));

    @Nested
    @DisplayName("roles with inheritance")
    class Roles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "viewer|books:read",
            "author|books:read,books:create,books:update:own",
            "editor|books:read,books:update",
            "admin|books:read,books:update,books:delete,users:manage",
        })
        void a_role_has_its_own_permissions_and_those_of_every_role_it_includes(String role, String expected) {
            assertThat(ROLES.permissionsOf(role)).as("permissions of %s: admin includes editor includes viewer", role)
                    .containsExactlyInAnyOrder(expected.split(","));
        }

        @Test
        void an_unknown_role_has_no_permissions() {
            assertThat(ROLES.permissionsOf("superuser")).isEmpty();
        }

        @Test
        void a_cycle_in_the_definitions_terminates() {
            RoleHierarchy cyclic = new RoleHierarchy(RoleDefinitions.builder()
                    .role("a", Set.of("b"), Set.of("x:read"))
                    .role("b", Set.of("a"), Set.of("y:read"))
                    .build());
            assertThat(cyclic.permissionsOf("a")).as("a includes b includes a: visit each role once")
                    .containsExactlyInAnyOrder("x:read", "y:read");
        }

        @Test
        void several_roles_add_up() {
            assertThat(ROLES.allows(List.of("viewer", "author"), "books:create")).isTrue();
            assertThat(ROLES.allows(List.of("viewer", "author"), "books:delete")).isFalse();
            assertThat(ROLES.allows(List.of(), "books:read")).as("no roles, no permissions").isFalse();
        }

        @Test
        void an_inherited_permission_is_allowed() {
            assertThat(ROLES.allows(List.of("admin"), "books:read")).as("admin -> editor -> viewer -> books:read").isTrue();
        }

        @Test
        void a_wildcard_grants_every_action_on_its_resource_only() {
            assertThat(ROLES.allows(List.of("librarian"), "books:delete")).isTrue();
            assertThat(ROLES.allows(List.of("librarian"), "books:update:own")).isTrue();
            assertThat(ROLES.allows(List.of("librarian"), "users:manage")).as("books:* says nothing about users").isFalse();
            assertThat(ROLES.allows(List.of("librarian"), "bookshelves:delete")).as("books:* must not match the prefix 'books' of 'bookshelves'").isFalse();
        }
    }

    @Nested
    @DisplayName("ownership")
    class Ownership {

        final AccessGuard guard = new AccessGuard(ROLES, "books");

        @Test
        void an_author_may_edit_their_own_book() {
            assertThat(guard.permits(AUTHOR, "books:update", "ada")).as("books:update:own and the owner is ada").isTrue();
        }

        @Test
        void an_author_may_not_edit_someone_else_s_book() {
            assertThat(guard.permits(AUTHOR, "books:update", "bob")).isFalse();
        }

        @Test
        void an_editor_may_edit_any_book() {
            assertThat(guard.permits(EDITOR, "books:update", "bob")).isTrue();
        }

        @Test
        void ownership_alone_grants_nothing() {
            assertThat(guard.permits(VIEWER, "books:update", "vera")).as("vera owns it but has no books:update:own").isFalse();
        }

        @Test
        void without_an_owner_the_own_rule_does_not_apply() {
            assertThat(guard.permits(AUTHOR, "books:update", null)).isFalse();
        }

        @Test
        void admin_may_delete_but_editor_may_not() {
            assertThat(guard.permits(ADMIN, "books:delete", "bob")).isTrue();
            assertThat(guard.permits(EDITOR, "books:delete", "bob")).isFalse();
        }
    }

    @Nested
    @DisplayName("401 or 403 (RFC 6750 section 3)")
    class Middleware {

        final AccessGuard guard = new AccessGuard(ROLES, "books");

        @Test
        void no_credentials_is_401_with_a_bare_bearer_challenge() {
            assertThat(guard.check(new Anonymous(), "books:read", null))
                    .as("RFC 6750 section 3.1: a request without credentials gets no error code")
                    .isEqualTo(new Decision(401, "Bearer realm=\"books\"", null));
        }

        @Test
        void invalid_credentials_are_401_invalid_token() {
            assertThat(guard.check(new InvalidCredentials("the access token expired"), "books:read", null))
                    .isEqualTo(new Decision(401,
                            "Bearer realm=\"books\", error=\"invalid_token\", error_description=\"the access token expired\"", null));
        }

        @Test
        void a_description_cannot_break_out_of_its_quoted_string() {
            Decision decision = guard.check(new InvalidCredentials("bad \"kid\" \\ value\r\nSet-Cookie: x=1"), "books:read", null);
            assertThat(decision.wwwAuthenticate())
                    .as("error_description allows %x20-21 / %x23-5B / %x5D-7E only: drop '\"', '\\\\' and controls")
                    .isEqualTo("Bearer realm=\"books\", error=\"invalid_token\", error_description=\"bad kid  valueSet-Cookie: x=1\"");
        }

        @Test
        void valid_but_not_enough_is_403_insufficient_scope() {
            assertThat(guard.check(new Authenticated(VIEWER), "books:delete", null))
                    .as("authenticated, so 401 would be wrong: re-authenticating would not help")
                    .isEqualTo(new Decision(403, "Bearer realm=\"books\", error=\"insufficient_scope\", scope=\"books:delete\"", null));
        }

        @Test
        void permitted_passes_with_the_principal() {
            assertThat(guard.check(new Authenticated(EDITOR), "books:update", "bob")).isEqualTo(new Decision(200, null, EDITOR));
        }

        @Test
        void the_ownership_rule_decides_between_200_and_403() {
            assertThat(guard.check(new Authenticated(AUTHOR), "books:update", "ada").status()).as("ada's own book").isEqualTo(200);
            assertThat(guard.check(new Authenticated(AUTHOR), "books:update", "bob").status()).as("bob's book").isEqualTo(403);
        }
    }
}
