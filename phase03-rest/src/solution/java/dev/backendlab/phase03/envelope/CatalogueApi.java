package dev.backendlab.phase03.envelope;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.ApiException;
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
