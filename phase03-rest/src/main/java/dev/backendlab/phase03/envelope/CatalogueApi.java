package dev.backendlab.phase03.envelope;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;

/**
 * Books and their authors, read-only, every response in the shape a client can rely on: each
 * collection ({@code /books}, {@code /authors}, {@code /authors/:id/books}) in an {@link Envelope},
 * each single item ({@code /books/:id}, {@code /authors/:id}) plain.
 *
 * <p>Collections take {@code page} (from 1, default 1) and {@code limit} (1 to 100, default 10), 400
 * otherwise; items are in id order. An unknown id, or a non-numeric one, is 404.
 *
 * <p>The routes, the catalogue, {@code Author} and {@code authors()} are given in {@link CatalogueRoutes}.
 */
public final class CatalogueApi extends CatalogueRoutes {

    public CatalogueApi(BookCatalogue books) {
        super(books);
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
