package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The schemas at work: a body that breaks {@link #NEW_BOOK} is 422, a query that breaks
 * {@link #LIST_QUERY} is 400, and both list every violation at once:
 * <pre>{@code
 * {"status":422,"error":"the book is not valid",
 *  "errors":[{"pointer":"/title","code":"required","message":"..."}, ...]}
 * }</pre>
 * ({@code "the query is not valid"} for a query). A body that is not JSON at all is 400
 * {@code {"status":400,"error":"malformed JSON ..."}}, because there is nothing to validate.
 */
public final class BookValidationApi {

    /** The body of {@code POST /books} (given). */
    public static final Schema NEW_BOOK = Schema.object()
            .field("title", Schema.string().min(1).max(200))
            .field("year", Schema.number().integer().min(1450).max(2100))
            .optional("author", Schema.string().min(1))
            .optional("isbn", Schema.string().pattern("97[89][0-9]{10}"))
            .field("format", Schema.enumOf("hardcover", "paperback", "ebook"))
            .optional("tags", Schema.array(Schema.string().pattern("[a-z][a-z-]*")).max(5)
                    .refine("tags must not repeat", BookValidationApi::distinct))
            .optional("publisher", Schema.object()
                    .field("name", Schema.string().min(1))
                    .optional("country", Schema.string().pattern("[A-Z]{2}")));

    /** The query of {@code GET /books} (given): every parameter arrives as a string, so numbers coerce. */
    public static final Schema LIST_QUERY = Schema.object()
            .optional("year", Schema.number().integer().coerce())
            .optional("limit", Schema.number().integer().min(1).max(100).coerce())
            .optional("q", Schema.string().min(2));

    // Given: the stored books (the validated JSON plus an id) and the id sequence.
    private final ConcurrentSkipListMap<Long, ObjectNode> books = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong();

    /** The routes (given). */
    public Router router() {
        return new Router()
                .post("/books", this::create)
                .get("/books", this::list)
                .onError(ApiErrors::send);
    }

    /**
     * Given: the query as a JSON object of strings, {@code ?year=1968&q=le} as
     * {@code {"year":"1968","q":"le"}}; a repeated parameter becomes an array of strings.
     */
    static ObjectNode queryAsJson(Exchange exchange) {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        exchange.queryParams().forEach((name, values) -> {
            if (values.size() == 1) {
                query.put(name, values.get(0));
            } else {
                ArrayNode all = query.putArray(name);
                values.forEach(all::add);
            }
        });
        return query;
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

    /**
     * {@code POST /books}: 400 for malformed JSON; 422 with every violation of {@link #NEW_BOOK};
     * otherwise stores {@code {"id":n, ...the validated book...}} and answers 201 with
     * {@code Location: /books/n} and that object.
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
        ValidationResult result = NEW_BOOK.validate(body);
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
     * {@code GET /books}: 400 with every violation of {@link #LIST_QUERY} (unknown parameters
     * included); otherwise 200 with {@code {"query": <the coerced query>, "data": [books]}}: the books
     * of that {@code year} whose title contains {@code q} (ignoring case), at most {@code limit}
     * (default 10), in id order.
     */
    public void list(Exchange exchange) {
        ValidationResult result = LIST_QUERY.validate(queryAsJson(exchange));
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
