package dev.backendlab.phase03.caching;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Json;
import java.time.Clock;

/**
 * Books with validators: every representation has a strong {@code ETag} and a {@code Last-Modified},
 * so clients can revalidate instead of downloading again (GET/HEAD) and cannot overwrite a change they
 * have not seen (PUT/PATCH/DELETE).
 *
 * <ul>
 *   <li>{@code GET /books/:id} (and HEAD): the book as JSON; {@code ETag} ({@link EntityTags#strong}
 *       of exactly the bytes sent), {@code Last-Modified} (an HTTP-date),
 *       {@code Cache-Control: no-cache} (caches may keep it, but must revalidate each time) and
 *       {@code Vary: Accept}. When {@link Preconditions#evaluate} says NOT_MODIFIED: 304 with those
 *       same four headers and no body.</li>
 *   <li>{@code PUT /books/:id} replaces title, author and year (a JSON object); {@code PATCH} sets only
 *       the members present. Both answer 200 with the new book, its new {@code ETag} and
 *       {@code Last-Modified}, and {@code Cache-Control: no-store}.</li>
 *   <li>{@code DELETE /books/:id}: 204 with {@code Cache-Control: no-store}.</li>
 *   <li>For the three writes, {@link Preconditions#evaluate} runs against the current tag, and the
 *       check and the write are one atomic step: PRECONDITION_REQUIRED is 428, PRECONDITION_FAILED
 *       412, and nothing changes. Of two clients that read the same version and write it back,
 *       the second gets 412: no lost update.</li>
 *   <li>An unknown id is 404, before any precondition.</li>
 * </ul>
 *
 * <p>The routes, the store, {@code find}, {@code now} and {@code HTTP_DATE} are given in
 * {@link CachedBooksRoutes}.
 */
public final class CachedBooksApi extends CachedBooksRoutes {

    public CachedBooksApi(Clock clock) {
        super(clock);
    }

    /** {@code GET /books/:id} and HEAD; see the class comment. */
    public void get(Exchange exchange) {
        StoredBook stored = find(exchange);
        byte[] body = Json.write(stored.book());
        String tag = EntityTags.strong(body);
        exchange.header("ETag", tag);
        exchange.header("Last-Modified", HTTP_DATE.format(stored.lastModified()));
        exchange.header("Cache-Control", "no-cache");
        exchange.header("Vary", "Accept");
        switch (Preconditions.evaluate(exchange.method(), Conditions.of(exchange), tag, stored.lastModified())) {
            case NOT_MODIFIED -> exchange.sendEmpty(304);
            case PROCEED -> exchange.send(200, "application/json", body);
            default -> throw new ApiException(412, "a precondition of this request failed");
        }
    }

    /** {@code PUT /books/:id}; see the class comment. */
    public void put(Exchange exchange) throws Exception {
        JsonNode body = exchange.bodyJson();
        write(exchange, current -> new Book(current.id(), text(body, "title", null), text(body, "author", null),
                year(body, null)));
    }

    /** {@code PATCH /books/:id}; see the class comment. */
    public void patch(Exchange exchange) throws Exception {
        JsonNode body = exchange.bodyJson();
        write(exchange, current -> new Book(current.id(), text(body, "title", current.title()),
                text(body, "author", current.author()), year(body, current.year())));
    }

    /** {@code DELETE /books/:id}; see the class comment. */
    public void delete(Exchange exchange) {
        synchronized (this) {
            StoredBook stored = find(exchange);
            check(exchange, stored);
            books.remove(stored.book().id());
        }
        exchange.header("Cache-Control", "no-store");
        exchange.sendEmpty(204);
    }

    private void write(Exchange exchange, java.util.function.UnaryOperator<Book> change) {
        StoredBook updated;
        synchronized (this) {
            StoredBook stored = find(exchange);
            check(exchange, stored);
            Book book = change.apply(stored.book());
            if (book.title() == null || book.title().isBlank()) {
                throw new ApiException(422, "a book needs a title");
            }
            updated = new StoredBook(book, now());
            books.put(book.id(), updated);
        }
        byte[] body = Json.write(updated.book());
        exchange.header("ETag", EntityTags.strong(body));
        exchange.header("Last-Modified", HTTP_DATE.format(updated.lastModified()));
        exchange.header("Cache-Control", "no-store");
        exchange.send(200, "application/json", body);
    }

    private static void check(Exchange exchange, StoredBook stored) {
        String tag = EntityTags.strong(Json.write(stored.book()));
        switch (Preconditions.evaluate(exchange.method(), Conditions.of(exchange), tag, stored.lastModified())) {
            case PRECONDITION_REQUIRED -> throw new ApiException(428,
                    "send If-Match with the ETag you last saw: this API refuses blind overwrites");
            case PRECONDITION_FAILED -> throw new ApiException(412,
                    "the book changed since you read it: GET it again, then retry with its new ETag");
            default -> { }
        }
    }

    private static String text(JsonNode body, String name, String fallback) {
        return body.has(name) ? (body.get(name).isNull() ? null : body.get(name).asText()) : fallback;
    }

    private static int year(JsonNode body, Integer fallback) {
        if (!body.path("year").isInt() && fallback == null) {
            throw new ApiException(422, "a book needs an integer year");
        }
        return body.path("year").isInt() ? body.path("year").intValue() : fallback;
    }
}
