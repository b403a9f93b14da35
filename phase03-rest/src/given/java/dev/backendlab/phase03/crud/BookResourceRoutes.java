package dev.backendlab.phase03.crud;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Given to {@link BookResource}: its route table, and the store its handlers share. You write the
 * handlers; the router calls them.
 */
public abstract class BookResourceRoutes {

    /** The stored books by id. Safe to use from several request threads. */
    protected final ConcurrentSkipListMap<Long, Book> books = new ConcurrentSkipListMap<>();

    /** The id sequence: {@code lastId.incrementAndGet()} is the next id (1, 2, 3, ...). */
    protected final AtomicLong lastId = new AtomicLong();

    /** The routes of the resource, with the shared error handler. */
    public final Router router() {
        return new Router()
                .get("/books", this::list)
                .post("/books", this::create)
                .get("/books/:id", this::get)
                .put("/books/:id", this::replace)
                .patch("/books/:id", this::patch)
                .delete("/books/:id", this::delete)
                .onError(ApiErrors::send);
    }

    public abstract void list(Exchange exchange);

    public abstract void create(Exchange exchange);

    public abstract void get(Exchange exchange);

    public abstract void replace(Exchange exchange);

    public abstract void patch(Exchange exchange);

    public abstract void delete(Exchange exchange);
}
