package dev.backendlab.phase03.caching;

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
 * Given to {@link CachedBooksApi}: its route table, the store of books with their Last-Modified,
 * the clock, and two helpers its handlers share ({@link #find}, {@link #now}). You write the handlers.
 */
public abstract class CachedBooksRoutes {

    /** The IMF-fixdate of RFC 9110 section 5.6.7 (RFC_1123_DATE_TIME would write "1 Jan", not "01 Jan"). */
    protected static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The stored books by id, each with when it last changed. */
    protected final Map<Long, StoredBook> books = new ConcurrentHashMap<>();

    private final AtomicLong lastId = new AtomicLong();
    private final Clock clock;

    protected CachedBooksRoutes(Clock clock) {
        this.clock = clock;
    }

    /** Stores a book, modified now (to whole seconds). */
    public final Book add(String title, String author, int year) {
        Book book = new Book(lastId.incrementAndGet(), title, author, year);
        books.put(book.id(), new StoredBook(book, now()));
        return book;
    }

    /** The routes, with the shared error handler. */
    public final Router router() {
        return new Router()
                .get("/books/:id", this::get)
                .put("/books/:id", this::put)
                .patch("/books/:id", this::patch)
                .delete("/books/:id", this::delete)
                .onError(ApiErrors::send);
    }

    /** Now, to whole seconds, as Last-Modified can say it. */
    protected final Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The stored book the path's {@code :id} names, or 404. */
    protected final StoredBook find(Exchange exchange) {
        String id = exchange.pathParam("id");
        StoredBook stored = id.matches("\\d{1,18}") ? books.get(Long.parseLong(id)) : null;
        if (stored == null) {
            throw new ApiException(404, "no book has the id " + id);
        }
        return stored;
    }

    public abstract void get(Exchange exchange);

    public abstract void put(Exchange exchange) throws Exception;

    public abstract void patch(Exchange exchange) throws Exception;

    public abstract void delete(Exchange exchange);
}
