package dev.backendlab.phase04.api;

/**
 * What one request needs: a permission ({@code books:update}) and, for a request on one resource,
 * who owns it (null when the request has no single owned resource, or the resource does not exist).
 */
public record Requirement(String permission, String ownerId) {
}
