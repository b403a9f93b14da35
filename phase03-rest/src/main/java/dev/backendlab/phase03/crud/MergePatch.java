package dev.backendlab.phase03.crud;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;

/**
 * JSON Merge Patch, RFC 7396: a patch document looks like the resource, and says "set these
 * members, remove the ones I set to null, leave the rest alone".
 */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * Applies {@code patch} to {@code target} as RFC 7396 section 2 defines it, without changing
     * either argument: a patch that is not an object replaces the target whole; an object patch
     * turns a non-object target into {@code {}}, removes each member whose patch value is
     * {@code null}, and merges every other member recursively.
     *
     * @param target the document to patch; may be null (no such member)
     * @return the patched document, a new tree
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        // TODO Follow the MergePatch(Target, Patch) pseudocode of RFC 7396 section 2; copy, never mutate.
        throw new NotImplementedYetException("apply a JSON Merge Patch (RFC 7396 section 2)", "Exercise 1: CRUD");
    }
}
