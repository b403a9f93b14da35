package dev.backendlab.phase03.query;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;

/**
 * Reading a collection the way clients need it: a page at a time, filtered, sorted, searched.
 *
 * <p>{@code GET /books} (offset pagination) takes these query parameters, every one optional:
 * <ul>
 *   <li>{@code page} (from 1, default 1) and {@code limit} (1 to
 *       {@value BookQueriesRoutes#MAX_LIMIT}, default {@value BookQueriesRoutes#DEFAULT_LIMIT});
 *       anything else is 400;</li>
 *   <li>filters: {@code title=...}, {@code author=...} (exact match), and {@code year} with an operator,
 *       {@code year=1965} or {@code year[op]=1965}, op one of eq, ne, gt, gte, lt, lte; every filter
 *       must hold; an unknown operator or a year that is not an integer is 400;</li>
 *   <li>{@code sort}: comma-separated fields of id, title, author, year, each ascending or, with a
 *       leading {@code -}, descending; books equal on every key keep id order; an unknown field is 400;</li>
 *   <li>{@code q}: keeps books whose title or author contains it, ignoring case.</li>
 * </ul>
 * Any other parameter is 400, its message naming it. The answer is 200 with
 * {@code {"data":[books],"meta":{"page":2,"limit":5,"total":12,"totalPages":3}}} (a page past the end
 * has empty data), and a {@code Link} header (RFC 8288) with {@code rel="next"} unless this is the last
 * page and {@code rel="prev"} unless it is the first, each a URI that keeps every other parameter.
 *
 * <p>{@code GET /books/feed} (cursor pagination) lists books newest first (highest id first), and
 * takes {@code limit} (as above) and {@code cursor}, the value of the previous page's
 * {@code meta.nextCursor}. It answers {@code {"data":[books],"meta":{"limit":5,"nextCursor":"..."}}}
 * with {@code nextCursor} null on the last page, and a {@code Link rel="next"} when there is one.
 * Books added between two page requests never make a page repeat or skip a book. A cursor this
 * server did not issue is 400 ({@link SignedCursor}). Any other parameter is 400.
 *
 * <p>The routes, the catalogue, the cursor signer and the limits are given in {@link BookQueriesRoutes}.
 */
public final class BookQueries extends BookQueriesRoutes {

    public BookQueries(BookCatalogue catalogue, SignedCursor cursors) {
        super(catalogue, cursors);
    }

    /** {@code GET /books}: one page of the filtered, searched, sorted books; see the class comment. */
    public void list(Exchange exchange) {
        // TODO Check every query parameter, filter, search, sort (ties by id), cut the page, add Link, send data + meta.
        throw new NotImplementedYetException("answer one page of the filtered, sorted books with meta and Link",
                "Exercise 2: Query operations");
    }

    /** {@code GET /books/feed}: newest first, one page after the cursor; see the class comment. */
    public void feed(Exchange exchange) {
        // TODO Decode the cursor (if any), take the next books below it, newest first, and sign a cursor for the next page.
        throw new NotImplementedYetException("answer one page of the feed after the signed cursor",
                "Exercise 2: Query operations");
    }
}
