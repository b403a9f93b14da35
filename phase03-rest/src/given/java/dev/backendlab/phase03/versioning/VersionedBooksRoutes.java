package dev.backendlab.phase03.versioning;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;

/**
 * Given to {@link VersionedBooksApi}: its route table, {@code /books} and {@code /:version/books},
 * each with {@code /:id}, and the catalogue it reads. You write the handlers.
 */
public abstract class VersionedBooksRoutes {

    /** The books, in id order. */
    protected final BookCatalogue catalogue;

    protected VersionedBooksRoutes(BookCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The routes, with the shared error handler. On the first two, {@code exchange.pathParam("version")}
     * is null.
     */
    public final Router router() {
        return new Router()
                .get("/books", this::list)
                .get("/books/:id", this::get)
                .get("/:version/books", this::list)
                .get("/:version/books/:id", this::get)
                .onError(ApiErrors::send);
    }

    public abstract void list(Exchange exchange);

    public abstract void get(Exchange exchange);
}
