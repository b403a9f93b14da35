package dev.backendlab.phase03.versioning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;

/**
 * Two versions of the books API side by side. v2 changed one field's shape:
 * <pre>{@code
 * v1: {"id":1,"title":"Dune","author":"Frank Herbert","year":1965}
 * v2: {"id":1,"title":"Dune","authors":[{"name":"Frank Herbert"}],"year":1965}
 * }</pre>
 * (v2 sends {@code "authors":[]} for a book without an author; v1 leaves {@code author} out.)
 *
 * <p>A client picks a version in one of two ways:
 * <ul>
 *   <li>in the path, {@code /v1/books/1}: the path decides, the response is {@code application/json};
 *       an unknown version ({@code /v3/...}) is 404 with a message naming the versions there are;</li>
 *   <li>on an unversioned path, {@code /books/1}, in {@code Accept}: a range naming a version's media
 *       type ({@code application/vnd.backendlab.book.v1+json}) selects it and the response carries
 *       that media type as its {@code Content-Type}; a vendor type of an unknown version, or an
 *       {@code Accept} that allows none of the versions' types, {@code application/json} or a
 *       wildcard, is 406 naming the media types there are; otherwise (no {@code Accept}, JSON, a
 *       wildcard) the client gets {@link ApiVersion#CURRENT} as {@code application/json}. Every response
 *       of an unversioned path says {@code Vary: Accept}, because its body depends on it.</li>
 * </ul>
 * A response in a deprecated version carries {@code Deprecation} (RFC 9745: {@code @} and the epoch
 * seconds, {@code Deprecation: @1767225600}), {@code Sunset} (RFC 8594: an HTTP-date,
 * {@code Sunset: Thu, 31 Dec 2026 23:59:59 GMT}) and {@code Link: </v2/books>; rel="successor-version"}
 * (the same resource's path in the current version). An unknown book is 404 in every version.
 *
 * <p>The routes and the catalogue are given in {@link VersionedBooksRoutes}.
 */
public final class VersionedBooksApi extends VersionedBooksRoutes {

    public VersionedBooksApi(BookCatalogue catalogue) {
        super(catalogue);
    }

    /** {@code GET [/:version]/books}: every book, in id order, as a JSON array in the chosen version. */
    public void list(Exchange exchange) {
        // TODO Pick the version (path or Accept), set Vary / Deprecation / Sunset / Link, send every book in its shape.
        throw new NotImplementedYetException("list the books in the version the client chose", "Exercise 7: Versioning");
    }

    /** {@code GET [/:version]/books/:id}: one book in the chosen version, or 404. */
    public void get(Exchange exchange) {
        // TODO Pick the version as list does, then send the one book in its shape, or 404.
        throw new NotImplementedYetException("send one book in the version the client chose", "Exercise 7: Versioning");
    }

    /** A book in one version's shape; see the class comment. */
    public static ObjectNode represent(Book book, ApiVersion version) {
        // TODO Build the v1 or v2 JSON object (JsonNodeFactory.instance.objectNode()).
        throw new NotImplementedYetException("represent a book in v1 or v2", "Exercise 7: Versioning");
    }
}
