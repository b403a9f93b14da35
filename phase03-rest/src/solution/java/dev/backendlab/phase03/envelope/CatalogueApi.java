package dev.backendlab.phase03.envelope;

import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import java.util.List;

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
        sendPage(exchange, books.all(), "/books");
    }

    /** {@code GET /books/:id}: one book, plain, or 404. */
    public void getBook(Exchange exchange) {
        long id = idOf(exchange);
        Book book = books.all().stream().filter(b -> b.id() == id).findFirst()
                .orElseThrow(() -> new ApiException(404, "no book has the id " + id));
        exchange.sendJson(200, book);
    }

    /** {@code GET /authors}: the authors, enveloped. */
    public void listAuthors(Exchange exchange) {
        sendPage(exchange, authors(), "/authors");
    }

    /** {@code GET /authors/:id}: one author, plain, or 404. */
    public void getAuthor(Exchange exchange) {
        exchange.sendJson(200, author(exchange));
    }

    /** {@code GET /authors/:id/books}: that author's books, enveloped (links under /authors/:id/books), or 404. */
    public void listBooksOfAuthor(Exchange exchange) {
        Author author = author(exchange);
        List<Book> theirs = books.all().stream().filter(b -> author.name().equals(b.author())).toList();
        sendPage(exchange, theirs, "/authors/" + author.id() + "/books");
    }

    private Author author(Exchange exchange) {
        long id = idOf(exchange);
        return authors().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new ApiException(404, "no author has the id " + id));
    }

    private static void sendPage(Exchange exchange, List<?> all, String path) {
        int page = intParam(exchange, "page", 1, Integer.MAX_VALUE, 1);
        int limit = intParam(exchange, "limit", 1, 100, 10);
        exchange.sendJson(200, Envelope.page(all, page, limit, path));
    }

    private static int intParam(Exchange exchange, String name, int min, int max, int fallback) {
        String value = exchange.query(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the 400
        }
        throw new ApiException(400, "'" + name + "' must be an integer from " + min + " to " + max + ", not '" + value + "'");
    }

    private static long idOf(Exchange exchange) {
        try {
            return Long.parseLong(exchange.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "nothing has the id '" + exchange.pathParam("id") + "'");
        }
    }
}
