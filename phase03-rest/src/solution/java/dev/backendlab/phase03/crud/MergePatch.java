package dev.backendlab.phase03.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

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
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.properties().iterator(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
