package dev.backendlab.phase04.api;

import dev.backendlab.phase04.rbac.Principal;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Middleware;
import dev.backendlab.web.Router;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A small books API, given: the routes, what each request needs ({@link #requirementFor}) and who
 * may do what ({@link #POLICY}). It trusts that a middleware in front of it has authenticated and
 * authorized the caller, and reads the caller from the exchange attribute {@link #PRINCIPAL}.
 *
 * <pre>
 * GET    /books       books:read              the list
 * GET    /books/:id   books:read              one book, or 404
 * PUT    /books/:id   books:update (owner)    {"title": "..."} replaces the title, or 404
 * DELETE /books/:id   books:delete (owner)    204, or 404
 * </pre>
 */
public final class BooksApi {

    /** The exchange attribute that holds the authenticated {@link Principal}. */
    public static final String PRINCIPAL = "principal";

    /** A book; {@code updatedBy} is the user id of the last one who changed it. */
    public record Book(String id, String title, String author, String updatedBy) {
    }

    private static final Map<String, Set<String>> PERMISSIONS = Map.of(
            "viewer", Set.of("books:read"),
            "author", Set.of("books:read", "books:update:own"),
            "editor", Set.of("books:read", "books:update"),
            "admin", Set.of("books:read", "books:update", "books:delete"));

    /**
     * The roles of exercise 6, written out flat: admin includes editor includes viewer; an author
     * reads everything and updates (only) their own books.
     */
    public static final Policy POLICY = (principal, permission, ownerId) -> principal.roles().stream()
            .map(role -> PERMISSIONS.getOrDefault(role, Set.of()))
            .anyMatch(granted -> granted.contains(permission)
                    || ownerId != null && ownerId.equals(principal.userId()) && granted.contains(permission + ":own"));

    private final Map<String, Book> books = new ConcurrentSkipListMap<>();

    /** Starts with book 1 by alice and book 2 by bob. */
    public BooksApi() {
        books.put("1", new Book("1", "Notes on Dune", "alice", "alice"));
        books.put("2", new Book("2", "A Year of Bread", "bob", "bob"));
    }

    /** What the store holds now, read directly (no HTTP). */
    public Optional<Book> book(String id) {
        return Optional.ofNullable(books.get(id));
    }

    /** The permission a request needs and the owner of the book it is about, as the table above says. */
    public Requirement requirementFor(Exchange exchange) {
        String[] segments = exchange.path().split("/");
        String ownerId = segments.length == 3 && books.containsKey(segments[2]) ? books.get(segments[2]).author() : null;
        return switch (exchange.method()) {
            case "PUT" -> new Requirement("books:update", ownerId);
            case "DELETE" -> new Requirement("books:delete", ownerId);
            default -> new Requirement("books:read", ownerId);
        };
    }

    /** The routes, every request first through {@code guard}. */
    public Router router(Middleware guard) {
        return new Router()
                .use(guard)
                .get("/books", exchange -> exchange.sendJson(200, List.copyOf(books.values())))
                .get("/books/:id", exchange -> book(exchange.pathParam("id")).ifPresentOrElse(
                        book -> exchange.sendJson(200, book),
                        () -> exchange.sendJson(404, Map.of("error", "not_found"))))
                .put("/books/:id", this::update)
                .delete("/books/:id", exchange -> exchange.sendEmpty(
                        books.remove(exchange.pathParam("id")) == null ? 404 : 204));
    }

    private void update(Exchange exchange) throws Exception {
        Principal caller = exchange.attribute(PRINCIPAL);
        String title = exchange.bodyJson().path("title").asText();
        Book updated = books.computeIfPresent(exchange.pathParam("id"),
                (id, old) -> new Book(id, title, old.author(), caller.userId()));
        if (updated == null) {
            exchange.sendJson(404, Map.of("error", "not_found"));
        } else {
            exchange.sendJson(200, updated);
        }
    }
}
