package dev.backendlab.phase03.crud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The book catalogue as a CRUD resource: {@code /books} (the collection) and {@code /books/:id} (one
 * book). Each handler's contract is in its Javadoc; the route table, the store and the error handler
 * are given in {@link BookResourceRoutes}.
 *
 * <p>Bodies in: {@code POST} and {@code PUT} take {@code application/json} (a {@code charset}
 * parameter is fine), {@code PATCH} takes {@code application/merge-patch+json} (RFC 7396). A book
 * body is an object with {@code title} (a non-blank string, required), {@code year} (an integer,
 * required) and {@code author} (a string, optional); any other member except {@code id} (which is
 * ignored: the server assigns ids) is an error. Bodies out are {@code application/json}.
 *
 * <p>Errors, each an {@link ApiException}:
 * <ul>
 *   <li>404 for an id that names no book (an id that is not a number names none);</li>
 *   <li>406 when the request's {@code Accept} allows no {@code application/json}
 *       ({@code *}{@code /*}, {@code application/*} and no header at all allow it);</li>
 *   <li>415 for a body of another media type (a PATCH's 415 carries
 *       {@code Accept-Patch: application/merge-patch+json});</li>
 *   <li>400 for a body that is not well-formed JSON, the message naming where:
 *       {@code "malformed JSON at line 2, column 19: ..."};</li>
 *   <li>422 for well-formed JSON that is not a valid book (missing title, a year that is a string,
 *       an unknown member), the message naming the member.</li>
 * </ul>
 * Nothing is stored when a request fails.
 */
public final class BookResource extends BookResourceRoutes {

    /** {@code GET /books}: 200 and a JSON array of every book, in id order. */
    public void list(Exchange exchange) {
        requireJsonAcceptable(exchange);
        exchange.sendJson(200, List.copyOf(books.values()));
    }

    /**
     * {@code POST /books}: stores a new book under the next id (1, 2, 3, ...) and answers 201 with
     * {@code Location: /books/<id>} and the stored book as the body.
     */
    public void create(Exchange exchange) {
        requireJsonAcceptable(exchange);
        JsonNode body = readBody(exchange, "application/json");
        Book draft = toBook(0, body);
        long id = lastId.incrementAndGet();
        Book book = new Book(id, draft.title(), draft.author(), draft.year());
        books.put(id, book);
        exchange.header("Location", "/books/" + id);
        exchange.sendJson(201, book);
    }

    /** {@code GET /books/:id}: 200 and the book, or 404. */
    public void get(Exchange exchange) {
        requireJsonAcceptable(exchange);
        long id = idOf(exchange);
        Book book = books.get(id);
        if (book == null) {
            throw notFound(id);
        }
        exchange.sendJson(200, book);
    }

    /**
     * {@code PUT /books/:id}: replaces the whole book (a member left out is gone afterwards) and
     * answers 200 with it. Ids are the server's to assign, so PUT never creates: an unknown id is 404.
     */
    public void replace(Exchange exchange) {
        requireJsonAcceptable(exchange);
        long id = idOf(exchange);
        Book book = toBook(id, readBody(exchange, "application/json"));
        if (books.replace(id, book) == null) {
            throw notFound(id);
        }
        exchange.sendJson(200, book);
    }

    /**
     * {@code PATCH /books/:id}: applies the body as a JSON Merge Patch ({@link MergePatch}) to the
     * book's JSON, checks the result is still a valid book, stores it and answers 200 with it.
     */
    public void patch(Exchange exchange) {
        requireJsonAcceptable(exchange);
        long id = idOf(exchange);
        JsonNode patch = readBody(exchange, "application/merge-patch+json");
        while (true) {
            Book current = books.get(id);
            if (current == null) {
                throw notFound(id);
            }
            ObjectNode target = Json.mapper().valueToTree(current);
            target.remove("id");
            Book patched = toBook(id, MergePatch.apply(target, patch));
            if (books.replace(id, current, patched)) {
                exchange.sendJson(200, patched);
                return;
            }
        }
    }

    /** {@code DELETE /books/:id}: 204 without a body, or 404 (a second DELETE of the same book too). */
    public void delete(Exchange exchange) {
        long id = idOf(exchange);
        if (books.remove(id) == null) {
            throw notFound(id);
        }
        exchange.sendEmpty(204);
    }

    private static void requireJsonAcceptable(Exchange exchange) {
        List<String> accepts = exchange.headers("Accept");
        if (accepts.isEmpty()) {
            return;
        }
        for (String accept : accepts) {
            for (String range : accept.split(",")) {
                if (servesJson(mediaType(range)) && quality(range) > 0) {
                    return;
                }
            }
        }
        throw new ApiException(406, "this API only serves application/json, and Accept: "
                + String.join(", ", accepts) + " does not allow it");
    }

    private static boolean servesJson(String type) {
        return type.equals("*/*") || type.equals("application/*") || type.equals("application/json");
    }

    private static JsonNode readBody(Exchange exchange, String expectedType) {
        String contentType = exchange.header("Content-Type");
        if (contentType == null || !mediaType(contentType).equals(expectedType)) {
            ApiException unsupported = new ApiException(415, "the body must be " + expectedType
                    + ", not " + (contentType == null ? "untyped" : contentType));
            if (expectedType.equals("application/merge-patch+json")) {
                unsupported.withHeader("Accept-Patch", expectedType);
            }
            throw unsupported;
        }
        try {
            JsonNode body = exchange.bodyJson();
            if (body.isMissingNode()) {
                throw new ApiException(400, "the body is empty, a JSON document was expected");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static Book toBook(long id, JsonNode body) {
        if (!body.isObject()) {
            throw new ApiException(422, "a book must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("id", "title", "author", "year").contains(name)) {
                throw new ApiException(422, "unknown member '" + name + "'");
            }
        }
        JsonNode title = body.path("title");
        if (!title.isTextual() || title.asText().isBlank()) {
            throw new ApiException(422, "'title' is required and must be a non-blank string");
        }
        JsonNode year = body.path("year");
        if (!year.isIntegralNumber() || !year.canConvertToInt()) {
            throw new ApiException(422, "'year' is required and must be an integer");
        }
        JsonNode author = body.path("author");
        if (!author.isMissingNode() && !author.isNull() && !author.isTextual()) {
            throw new ApiException(422, "'author' must be a string");
        }
        return new Book(id, title.asText(), author.isTextual() ? author.asText() : null, year.intValue());
    }

    private static long idOf(Exchange exchange) {
        try {
            return Long.parseLong(exchange.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "no book has the id '" + exchange.pathParam("id") + "'");
        }
    }

    private static ApiException notFound(long id) {
        return new ApiException(404, "no book has the id " + id);
    }

    /** The q parameter of an Accept range, 1 when absent: {@code application/json;q=0} refuses JSON. */
    private static double quality(String range) {
        for (String parameter : range.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(pair[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String mediaType(String headerValue) {
        int semicolon = headerValue.indexOf(';');
        String type = semicolon < 0 ? headerValue : headerValue.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
