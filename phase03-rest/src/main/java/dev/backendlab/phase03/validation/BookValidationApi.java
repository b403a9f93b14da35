package dev.backendlab.phase03.validation;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.web.Exchange;

/**
 * The schemas at work: a body that breaks {@link BookSchemas#NEW_BOOK} is 422, a query that breaks
 * {@link BookSchemas#LIST_QUERY} is 400, and both list every violation at once:
 * <pre>{@code
 * {"status":422,"error":"the book is not valid",
 *  "errors":[{"pointer":"/title","code":"required","message":"..."}, ...]}
 * }</pre>
 * ({@code "the query is not valid"} for a query). A body that is not JSON at all is 400
 * {@code {"status":400,"error":"malformed JSON ..."}}, because there is nothing to validate.
 *
 * <p>The routes, the store and {@code queryAsJson} are given in {@link BookValidationRoutes}, the
 * schemas in {@link BookSchemas}.
 */
public final class BookValidationApi extends BookValidationRoutes {

    /**
     * {@code POST /books}: 400 for malformed JSON; 422 with every violation of
     * {@link BookSchemas#NEW_BOOK}; otherwise stores {@code {"id":n, ...the validated book...}} and
     * answers 201 with {@code Location: /books/n} and that object.
     */
    public void create(Exchange exchange) {
        // TODO Parse the body (400), validate it with NEW_BOOK (422 with every violation), store it, answer 201.
        throw new NotImplementedYetException("parse the body (400), validate it with NEW_BOOK (422 with every violation), store it, answer 201", "Exercise 4: Validation");
    }

    /**
     * {@code GET /books}: 400 with every violation of {@link BookSchemas#LIST_QUERY} (unknown
     * parameters included); otherwise 200 with {@code {"query": <the coerced query>, "data": [books]}}: the books
     * of that {@code year} whose title contains {@code q} (ignoring case), at most {@code limit}
     * (default 10), in id order.
     */
    public void list(Exchange exchange) {
        // TODO Validate queryAsJson with LIST_QUERY (400 with every violation), then filter with the coerced values.
        throw new NotImplementedYetException("validate queryAsJson with LIST_QUERY (400 with every violation), then filter with the coerced values", "Exercise 4: Validation");
    }
}
