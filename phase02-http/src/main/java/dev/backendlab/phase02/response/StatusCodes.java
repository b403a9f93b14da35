package dev.backendlab.phase02.response;

import dev.backendlab.grader.NotImplementedYetException;

/** The reason phrases of RFC 9110 section 15, what Node keeps in {@code http.STATUS_CODES}. */
public final class StatusCodes {

    private StatusCodes() {
    }

    /**
     * The RFC 9110 reason phrase ({@code 404} is {@code Not Found}, {@code 413} is
     * {@code Content Too Large}), or {@code ""} for a code it does not define: the status line
     * then reads {@code HTTP/1.1 599 } with its space, as RFC 9112 section 4 allows.
     *
     * <p>Cover at least the codes of RFC 9110 section 15 that a server sends: 100, 101, 200 to
     * 206, 300 to 308 (not 305, 306), 400 to 417, 421, 422, 426, 428, 429, 431, 500 to 505.
     *
     * @throws IllegalArgumentException outside 100 to 599
     */
    public static String reasonPhrase(int status) {
        // TODO A Map<Integer, String> built once (Map.ofEntries) reads like the RFC's table.
        throw new NotImplementedYetException("return the reason phrase of a status code", "Exercise 4: Response writer");
    }
}
