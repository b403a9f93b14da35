package dev.backendlab.phase03.caching;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
 */
public final class CachedBooksApi {

    /** Given: the IMF-fixdate of RFC 9110 section 5.6.7 (RFC_1123_DATE_TIME would write "1 Jan", not "01 Jan"). */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    // Given: the store, its clock and the id sequence.
    private final Map<Long, StoredBook> books = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final Clock clock;

    public CachedBooksApi(Clock clock) {
        this.clock = clock;
    }

    /** Given: stores a book, modified now (to whole seconds). */
    public Book add(String title, String author, int year) {
        Book book = new Book(lastId.incrementAndGet(), title, author, year);
        books.put(book.id(), new StoredBook(book, now()));
        return book;
    }

    /** The routes (given). */
    public Router router() {
        return new Router()
                .get("/books/:id", this::get)
                .put("/books/:id", this::put)
                .patch("/books/:id", this::patch)
                .delete("/books/:id", this::delete)
                .onError(ApiErrors::send);
    }

    /** Given: now, to whole seconds, as Last-Modified can say it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Given: the stored book, or 404. */
    private StoredBook find(Exchange exchange) {
        String id = exchange.pathParam("id");
        StoredBook stored = id.matches("\\d{1,18}") ? books.get(Long.parseLong(id)) : null;
        if (stored == null) {
            throw new ApiException(404, "no book has the id " + id);
        }
        return stored;
    }

    /** {@code GET /books/:id} and HEAD; see the class comment. */
    public void get(Exchange exchange) {
        // TODO Tag the exact bytes you will send, set ETag, Last-Modified, Cache-Control and Vary, then 200, 304 or 412.
        throw new NotImplementedYetException("answer a GET with validators and honour its preconditions", "Exercise 10: Caching");
    }

    /** {@code PUT /books/:id}; see the class comment. */
    public void put(Exchange exchange) throws Exception {
        // TODO Under one lock: find, evaluate the preconditions (428/412), replace; then 200 with the new ETag.
        throw new NotImplementedYetException("replace a book only if the client saw its current version", "Exercise 10: Caching");
    }

    /** {@code PATCH /books/:id}; see the class comment. */
    public void patch(Exchange exchange) throws Exception {
        // TODO As put, but keep the members the body does not set.
        throw new NotImplementedYetException("change a book only if the client saw its current version", "Exercise 10: Caching");
    }

    /** {@code DELETE /books/:id}; see the class comment. */
    public void delete(Exchange exchange) {
        // TODO Under one lock: find, evaluate the preconditions (428/412), remove; then 204 with no-store.
        throw new NotImplementedYetException("delete a book only if the client saw its current version", "Exercise 10: Caching");
    }
}
