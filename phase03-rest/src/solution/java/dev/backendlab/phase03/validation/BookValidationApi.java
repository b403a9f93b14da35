package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.web.Exchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schemas at work: a body that breaks {@link BookSchemas#NEW_BOOK} is 422, a query that breaks
 * {@link BookSchemas#LIST_QUERY} is 400, and both list every violation at once:
 * <pre>{@code
 * {"status":422,"error":"the book is not valid",
 *  "errors":[{"pointer":"/title","code":"required","message":"..."}, ...]}
 * }</pre>
 * ({@code "the query is not valid"} for a query). A body that is not JSON at all is 400
 * {@code {"status":400,"error":"malformed JSON ..."}}, because there is nothing to validate.
 *
 * <p>The routes, the store and {@code queryAsJson} are given in {@link BookValidationRoutes}, the
 * schemas in {@link BookSchemas}.
 */
public final class BookValidationApi extends BookValidationRoutes {

    /**
     * {@code POST /books}: 400 for malformed JSON; 422 with every violation of
     * {@link BookSchemas#NEW_BOOK}; otherwise stores {@code {"id":n, ...the validated book...}} and
     * answers 201 with {@code Location: /books/n} and that object.
     */
    public void create(Exchange exchange) {
        JsonNode body;
        try {
            body = exchange.bodyJson();
        } catch (JsonProcessingException e) {
            exchange.sendJson(400, Map.of("status", 400, "error", "malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
            return;
        }
        ValidationResult result = BookSchemas.NEW_BOOK.validate(body);
        if (!result.isValid()) {
            sendViolations(exchange, 422, "the book is not valid", result.errors());
            return;
        }
        long id = lastId.incrementAndGet();
        ObjectNode book = JsonNodeFactory.instance.objectNode().put("id", id);
        book.setAll((ObjectNode) result.value());
        books.put(id, book);
        exchange.header("Location", "/books/" + id);
        exchange.sendJson(201, book);
    }

    /**
     * {@code GET /books}: 400 with every violation of {@link BookSchemas#LIST_QUERY} (unknown
     * parameters included); otherwise 200 with {@code {"query": <the coerced query>, "data": [books]}}: the books
     * of that {@code year} whose title contains {@code q} (ignoring case), at most {@code limit}
     * (default 10), in id order.
     */
    public void list(Exchange exchange) {
        ValidationResult result = BookSchemas.LIST_QUERY.validate(queryAsJson(exchange));
        if (!result.isValid()) {
            sendViolations(exchange, 400, "the query is not valid", result.errors());
            return;
        }
        JsonNode query = result.value();
        int limit = query.path("limit").asInt(10);
        String q = query.path("q").asText("").toLowerCase(Locale.ROOT);
        List<ObjectNode> data = books.values().stream()
                .filter(b -> !query.has("year") || b.path("year").asInt() == query.path("year").asInt())
                .filter(b -> b.path("title").asText().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("data", data);
        exchange.sendJson(200, body);
    }

    private static void sendViolations(Exchange exchange, int status, String error, List<Violation> violations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("errors", violations);
        exchange.sendJson(status, body);
    }
}
