package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The schemas {@link BookValidationApi} checks requests with, built with your schema library: they
 * work once {@link Schema} and its kinds do.
 */
public final class BookSchemas {

    /** The body of {@code POST /books}. */
    public static final Schema NEW_BOOK = Schema.object()
            .field("title", Schema.string().min(1).max(200))
            .field("year", Schema.number().integer().min(1450).max(2100))
            .optional("author", Schema.string().min(1))
            .optional("isbn", Schema.string().pattern("97[89][0-9]{10}"))
            .field("format", Schema.enumOf("hardcover", "paperback", "ebook"))
            .optional("tags", Schema.array(Schema.string().pattern("[a-z][a-z-]*")).max(5)
                    .refine("tags must not repeat", BookSchemas::distinct))
            .optional("publisher", Schema.object()
                    .field("name", Schema.string().min(1))
                    .optional("country", Schema.string().pattern("[A-Z]{2}")));

    /** The query of {@code GET /books}: every parameter arrives as a string, so numbers coerce. */
    public static final Schema LIST_QUERY = Schema.object()
            .optional("year", Schema.number().integer().coerce())
            .optional("limit", Schema.number().integer().min(1).max(100).coerce())
            .optional("q", Schema.string().min(2));

    private BookSchemas() {
    }

    private static boolean distinct(JsonNode tags) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode tag : tags) {
            if (!seen.add(tag)) {
                return false;
            }
        }
        return true;
    }
}
