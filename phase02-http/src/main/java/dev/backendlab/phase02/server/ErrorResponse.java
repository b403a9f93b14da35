package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;

/**
 * A response the server writes itself, when there is no handler's answer to send: a request the
 * parser refused, a head that took too long (408), a handler that failed (500). It always ends
 * with a close, so it needs no {@code ResponseWriter} and no request head: there may be none.
 */
final class ErrorResponse {

    private ErrorResponse() {
    }

    /**
     * The whole response: status line, {@code Content-Type: text/plain; charset=utf-8},
     * Content-Length, {@code Connection: close}, Date, and {@code message} plus a newline as the body.
     * The message is the server's own words, never an exception's: a client learns nothing inside.
     */
    static byte[] bytes(int status, String message, Clock clock) {
        // TODO Build the head with StatusCodes.reasonPhrase and HttpDate.format (ISO-8859-1 bytes),
        //  then append the UTF-8 body.
        throw new NotImplementedYetException("build the server's own error response", "Exercise 6: Blocking server");
    }
}
