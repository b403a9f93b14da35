package dev.backendlab.phase02.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.backendlab.phase02.response.HttpDate;
import dev.backendlab.phase02.response.StatusCodes;
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
        byte[] body = (message + "\n").getBytes(UTF_8);
        byte[] head = ("HTTP/1.1 " + status + " " + StatusCodes.reasonPhrase(status) + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "Date: " + HttpDate.format(clock.instant()) + "\r\n\r\n").getBytes(ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
