package dev.backendlab.phase03.envelope;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Given to {@link CatalogueApi}: its route table, the catalogue it reads, and its authors. You write
 * the handlers.
 */
public abstract class CatalogueRoutes {

    /** An author of the catalogue, numbered in the order their first book was added. */
    public record Author(long id, String name) {
    }

    /** The books, in id order. */
    protected final BookCatalogue books;

    protected CatalogueRoutes(BookCatalogue books) {
        this.books = books;
    }

    /** The routes, with the shared error handler. */
    public final Router router() {
        return new Router()
                .get("/books", this::listBooks)
                .get("/books/:id", this::getBook)
                .get("/authors", this::listAuthors)
                .get("/authors/:id", this::getAuthor)
                .get("/authors/:id/books", this::listBooksOfAuthor)
                .onError(ApiErrors::send);
    }

    /** The authors, derived from the books each time (the catalogue may grow). */
    protected final List<Author> authors() {
        Map<String, Author> byName = new LinkedHashMap<>();
        for (Book book : books.all()) {
            if (book.author() != null) {
                byName.computeIfAbsent(book.author(), name -> new Author(byName.size() + 1, name));
            }
        }
        return new ArrayList<>(byName.values());
    }

    public abstract void listBooks(Exchange exchange);

    public abstract void getBook(Exchange exchange);

    public abstract void listAuthors(Exchange exchange);

    public abstract void getAuthor(Exchange exchange);

    public abstract void listBooksOfAuthor(Exchange exchange);
}
