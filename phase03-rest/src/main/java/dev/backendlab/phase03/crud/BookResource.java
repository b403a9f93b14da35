package dev.backendlab.phase03.crud;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.web.Exchange;

/**
 * The book catalogue as a CRUD resource: {@code /books} (the collection) and {@code /books/:id} (one
 * book). Each handler's contract is in its Javadoc; the route table, the store and the error handler
 * are given in {@link BookResourceRoutes}.
 *
 * <p>Bodies in: {@code POST} and {@code PUT} take {@code application/json} (a {@code charset}
 * parameter is fine), {@code PATCH} takes {@code application/merge-patch+json} (RFC 7396). A book
 * body is an object with {@code title} (a non-blank string, required), {@code year} (an integer,
 * required) and {@code author} (a string, optional); any other member except {@code id} (which is
 * ignored: the server assigns ids) is an error. Bodies out are {@code application/json}.
 *
 * <p>Errors, each an {@link ApiException}:
 * <ul>
 *   <li>404 for an id that names no book (an id that is not a number names none);</li>
 *   <li>406 when the request's {@code Accept} allows no {@code application/json}
 *       ({@code *}{@code /*}, {@code application/*} and no header at all allow it);</li>
 *   <li>415 for a body of another media type (a PATCH's 415 carries
 *       {@code Accept-Patch: application/merge-patch+json});</li>
 *   <li>400 for a body that is not well-formed JSON, the message naming where:
 *       {@code "malformed JSON at line 2, column 19: ..."};</li>
 *   <li>422 for well-formed JSON that is not a valid book (missing title, a year that is a string,
 *       an unknown member), the message naming the member.</li>
 * </ul>
 * Nothing is stored when a request fails.
 */
public final class BookResource extends BookResourceRoutes {

    /** {@code GET /books}: 200 and a JSON array of every book, in id order. */
    public void list(Exchange exchange) {
        // TODO Answer 200 with every book as a JSON array.
        throw new NotImplementedYetException("answer 200 with every book as a JSON array", "Exercise 1: CRUD");
    }

    /**
     * {@code POST /books}: stores a new book under the next id (1, 2, 3, ...) and answers 201 with
     * {@code Location: /books/<id>} and the stored book as the body.
     */
    public void create(Exchange exchange) {
        // TODO Check Accept and Content-Type, parse and check the book, store it, answer 201 with Location.
        throw new NotImplementedYetException("check Accept and Content-Type, parse and check the book, store it, answer 201 with Location", "Exercise 1: CRUD");
    }

    /** {@code GET /books/:id}: 200 and the book, or 404. */
    public void get(Exchange exchange) {
        // TODO Answer 200 with the book, or 404.
        throw new NotImplementedYetException("answer 200 with the book, or 404", "Exercise 1: CRUD");
    }

    /**
     * {@code PUT /books/:id}: replaces the whole book (a member left out is gone afterwards) and
     * answers 200 with it. Ids are the server's to assign, so PUT never creates: an unknown id is 404.
     */
    public void replace(Exchange exchange) {
        // TODO Replace the whole book and answer 200, or 404.
        throw new NotImplementedYetException("replace the whole book and answer 200, or 404", "Exercise 1: CRUD");
    }

    /**
     * {@code PATCH /books/:id}: applies the body as a JSON Merge Patch ({@link MergePatch}) to the
     * book's JSON, checks the result is still a valid book, stores it and answers 200 with it.
     */
    public void patch(Exchange exchange) {
        // TODO Apply the merge patch to the book, check and store the result, answer 200.
        throw new NotImplementedYetException("apply the merge patch to the book, check and store the result, answer 200", "Exercise 1: CRUD");
    }

    /** {@code DELETE /books/:id}: 204 without a body, or 404 (a second DELETE of the same book too). */
    public void delete(Exchange exchange) {
        // TODO Remove the book and answer 204, or 404.
        throw new NotImplementedYetException("remove the book and answer 204, or 404", "Exercise 1: CRUD");
    }
}
