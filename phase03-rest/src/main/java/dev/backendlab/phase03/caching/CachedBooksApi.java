package dev.backendlab.phase03.caching;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.web.Exchange;
import java.time.Clock;

/**
 * Books with validators: every representation has a strong {@code ETag} and a {@code Last-Modified},
 * so clients can revalidate instead of downloading again (GET/HEAD) and cannot overwrite a change they
 * have not seen (PUT/PATCH/DELETE).
 *
 * <ul>
 *   <li>{@code GET /books/:id} (and HEAD): the book as JSON; {@code ETag} ({@link EntityTags#strong}
 *       of exactly the bytes sent), {@code Last-Modified} (an HTTP-date),
 *       {@code Cache-Control: no-cache} (caches may keep it, but must revalidate each time) and
 *       {@code Vary: Accept}. When {@link Preconditions#evaluate} says NOT_MODIFIED: 304 with those
 *       same four headers and no body.</li>
 *   <li>{@code PUT /books/:id} replaces title, author and year (a JSON object); {@code PATCH} sets only
 *       the members present. Both answer 200 with the new book, its new {@code ETag} and
 *       {@code Last-Modified}, and {@code Cache-Control: no-store}.</li>
 *   <li>{@code DELETE /books/:id}: 204 with {@code Cache-Control: no-store}.</li>
 *   <li>For the three writes, {@link Preconditions#evaluate} runs against the current tag, and the
 *       check and the write are one atomic step: PRECONDITION_REQUIRED is 428, PRECONDITION_FAILED
 *       412, and nothing changes. Of two clients that read the same version and write it back,
 *       the second gets 412: no lost update.</li>
 *   <li>An unknown id is 404, before any precondition.</li>
 * </ul>
 *
 * <p>The routes, the store, {@code find}, {@code now} and {@code HTTP_DATE} are given in
 * {@link CachedBooksRoutes}.
 */
public final class CachedBooksApi extends CachedBooksRoutes {

    public CachedBooksApi(Clock clock) {
        super(clock);
    }

    /** {@code GET /books/:id} and HEAD; see the class comment. */
    public void get(Exchange exchange) {
        // TODO Tag the exact bytes you will send, set ETag, Last-Modified, Cache-Control and Vary, then 200, 304 or 412.
        throw new NotImplementedYetException("answer a GET with validators and honour its preconditions", "Exercise 10: Caching");
    }

    /** {@code PUT /books/:id}; see the class comment. */
    public void put(Exchange exchange) throws Exception {
        // TODO Under one lock: find, evaluate the preconditions (428/412), replace; then 200 with the new ETag.
        throw new NotImplementedYetException("replace a book only if the client saw its current version", "Exercise 10: Caching");
    }

    /** {@code PATCH /books/:id}; see the class comment. */
    public void patch(Exchange exchange) throws Exception {
        // TODO As put, but keep the members the body does not set.
        throw new NotImplementedYetException("change a book only if the client saw its current version", "Exercise 10: Caching");
    }

    /** {@code DELETE /books/:id}; see the class comment. */
    public void delete(Exchange exchange) {
        // TODO Under one lock: find, evaluate the preconditions (428/412), remove; then 204 with no-store.
        throw new NotImplementedYetException("delete a book only if the client saw its current version", "Exercise 10: Caching");
    }
}
