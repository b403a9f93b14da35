package dev.backendlab.phase03.versioning;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public VersionedBooksApi(BookCatalogue catalogue) {
        super(catalogue);
    }

    /** {@code GET [/:version]/books}: every book, in id order, as a JSON array in the chosen version. */
    public void list(Exchange exchange) {
        ApiVersion version = negotiate(exchange, "/books");
        List<ObjectNode> books = catalogue.all().stream().map(b -> represent(b, version)).toList();
        exchange.sendJson(200, books);
        fixContentType(exchange, version);
    }

    /** {@code GET [/:version]/books/:id}: one book in the chosen version, or 404. */
    public void get(Exchange exchange) {
        ApiVersion version = negotiate(exchange, "/books/" + exchange.pathParam("id"));
        Book book = catalogue.all().stream().filter(b -> Long.toString(b.id()).equals(exchange.pathParam("id")))
                .findFirst().orElseThrow(() -> new ApiException(404, "no book has the id " + exchange.pathParam("id")));
        exchange.sendJson(200, represent(book, version));
        fixContentType(exchange, version);
    }

    /** A book in one version's shape; see the class comment. */
    public static ObjectNode represent(Book book, ApiVersion version) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("id", book.id()).put("title", book.title());
        if (version == ApiVersion.V1) {
            if (book.author() != null) {
                json.put("author", book.author());
            }
        } else {
            var authors = json.putArray("authors");
            if (book.author() != null) {
                authors.addObject().put("name", book.author());
            }
        }
        return json.put("year", book.year());
    }

    /**
     * Picks the version (see the class comment), and sets the headers that depend on it:
     * {@code Vary}, and for a deprecated version {@code Deprecation}, {@code Sunset} and {@code Link}.
     *
     * @param resource the resource's path without a version, {@code /books/1}, for the successor link
     */
    private static ApiVersion negotiate(Exchange exchange, String resource) {
        String segment = exchange.pathParam("version");
        ApiVersion version;
        if (segment != null) {
            version = Arrays.stream(ApiVersion.values()).filter(v -> v.segment().equals(segment)).findFirst()
                    .orElseThrow(() -> new ApiException(404, "there is no API version '" + segment + "'; there are "
                            + Arrays.stream(ApiVersion.values()).map(ApiVersion::segment).collect(Collectors.joining(", "))));
        } else {
            exchange.header("Vary", "Accept");
            version = fromAccept(exchange);
            exchange.attribute("mediaTypeVersioned", version != null);
            if (version == null) {
                version = ApiVersion.CURRENT;
            }
        }
        version.deprecatedSince().ifPresent(since -> exchange.header("Deprecation", "@" + since.getEpochSecond()));
        version.sunset().ifPresent(sunset -> exchange.header("Sunset", HTTP_DATE.format(sunset)));
        if (version != ApiVersion.CURRENT) {
            exchange.header("Link", "</" + ApiVersion.CURRENT.segment() + resource + ">; rel=\"successor-version\"");
        }
        return version;
    }

    /** The version a vendor media type in Accept names; null when Accept names none but allows JSON. */
    private static ApiVersion fromAccept(Exchange exchange) {
        List<String> accepts = exchange.headers("Accept");
        if (accepts.isEmpty()) {
            return null;
        }
        boolean json = false;
        for (String header : accepts) {
            for (String range : header.split(",")) {
                String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
                for (ApiVersion v : ApiVersion.values()) {
                    if (type.equals(v.mediaType())) {
                        return v;
                    }
                }
                json |= type.equals("application/json") || type.equals("application/*") || type.equals("*/*");
            }
        }
        if (json) {
            return null;
        }
        throw new ApiException(406, "this API serves "
                + Arrays.stream(ApiVersion.values()).map(ApiVersion::mediaType).collect(Collectors.joining(", "))
                + " and application/json, not " + String.join(", ", accepts));
    }

    private static void fixContentType(Exchange exchange, ApiVersion version) {
        if (Boolean.TRUE.equals(exchange.attribute("mediaTypeVersioned"))) {
            exchange.header("Content-Type", version.mediaType());
        }
    }
}
