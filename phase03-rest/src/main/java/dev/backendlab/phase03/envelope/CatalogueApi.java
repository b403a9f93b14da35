package dev.backendlab.phase03.envelope;

import dev.backendlab.grader.NotImplementedYetException;
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
 * Books and their authors, read-only, every response in the shape a client can rely on: each
 * collection ({@code /books}, {@code /authors}, {@code /authors/:id/books}) in an {@link Envelope},
 * each single item ({@code /books/:id}, {@code /authors/:id}) plain.
 *
 * <p>Collections take {@code page} (from 1, default 1) and {@code limit} (1 to 100, default 10), 400
 * otherwise; items are in id order. An unknown id, or a non-numeric one, is 404.
 */
public final class CatalogueApi {

    /** An author of the catalogue, numbered in the order their first book was added. */
    public record Author(long id, String name) {
    }

    private final BookCatalogue books;

    public CatalogueApi(BookCatalogue books) {
        this.books = books;
    }

    /** The routes (given). */
    public Router router() {
        return new Router()
                .get("/books", this::listBooks)
                .get("/books/:id", this::getBook)
                .get("/authors", this::listAuthors)
                .get("/authors/:id", this::getAuthor)
                .get("/authors/:id/books", this::listBooksOfAuthor)
                .onError(ApiErrors::send);
    }

    /** Given: the authors, derived from the books each time (the catalogue may grow). */
    List<Author> authors() {
        Map<String, Author> byName = new LinkedHashMap<>();
        for (Book book : books.all()) {
            if (book.author() != null) {
                byName.computeIfAbsent(book.author(), name -> new Author(byName.size() + 1, name));
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** {@code GET /books}: the books, enveloped. */
    public void listBooks(Exchange exchange) {
        // TODO Send the books in an envelope.
        throw new NotImplementedYetException("send the books in an envelope", "Exercise 3: Response structure");
    }

    /** {@code GET /books/:id}: one book, plain, or 404. */
    public void getBook(Exchange exchange) {
        // TODO Send one book plain, or 404.
        throw new NotImplementedYetException("send one book plain, or 404", "Exercise 3: Response structure");
    }

    /** {@code GET /authors}: the authors, enveloped. */
    public void listAuthors(Exchange exchange) {
        // TODO Send the authors in an envelope.
        throw new NotImplementedYetException("send the authors in an envelope", "Exercise 3: Response structure");
    }

    /** {@code GET /authors/:id}: one author, plain, or 404. */
    public void getAuthor(Exchange exchange) {
        // TODO Send one author plain, or 404.
        throw new NotImplementedYetException("send one author plain, or 404", "Exercise 3: Response structure");
    }

    /** {@code GET /authors/:id/books}: that author's books, enveloped (links under /authors/:id/books), or 404. */
    public void listBooksOfAuthor(Exchange exchange) {
        // TODO Send the author's books in an envelope, or 404.
        throw new NotImplementedYetException("send the author's books in an envelope, or 404", "Exercise 3: Response structure");
    }
}
