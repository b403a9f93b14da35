/**
 * Role-based access control: roles that include roles, permissions with an ownership rule, and
 * the middleware's choice between 200, 401 and 403.
 *
 * <p>Start with {@link dev.backendlab.phase04.rbac.RoleHierarchy#permissionsOf}, then
 * {@link dev.backendlab.phase04.rbac.AccessGuard#permits} (ownership) and
 * {@link dev.backendlab.phase04.rbac.AccessGuard#check} (the decision and its challenge).
 */
package dev.backendlab.phase04.rbac;
