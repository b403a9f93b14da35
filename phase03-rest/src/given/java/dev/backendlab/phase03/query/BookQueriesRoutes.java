package dev.backendlab.phase03.query;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;

/**
 * Given to {@link BookQueries}: its route table, the catalogue it reads, the cursor signer and the
 * page-size bounds. You write the handlers.
 */
public abstract class BookQueriesRoutes {

    /** The page size when {@code limit} is absent. */
    protected static final int DEFAULT_LIMIT = 10;

    /** The largest {@code limit} allowed. */
    protected static final int MAX_LIMIT = 100;

    /** The books, in id order (so a newer book has a larger id). */
    protected final BookCatalogue catalogue;

    /** Signs and checks the feed's cursors. */
    protected final SignedCursor cursors;

    protected BookQueriesRoutes(BookCatalogue catalogue, SignedCursor cursors) {
        this.catalogue = catalogue;
        this.cursors = cursors;
    }

    /** The routes, with the shared error handler. */
    public final Router router() {
        return new Router()
                .get("/books", this::list)
                .get("/books/feed", this::feed)
                .onError(ApiErrors::send);
    }

    public abstract void list(Exchange exchange);

    public abstract void feed(Exchange exchange);
}
