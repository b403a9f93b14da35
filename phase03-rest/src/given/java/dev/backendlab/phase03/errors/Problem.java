package dev.backendlab.phase03.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A problem details object, RFC 9457, sent as {@code application/problem+json}:
 * <pre>{@code
 * {"type":"about:blank","title":"Not Found","status":404,
 *  "detail":"no book has the id 99","instance":"/books/99"}
 * }</pre>
 * Members that are null are left out. {@code errors} (field errors) and {@code errorId} (the id of
 * a 500 in the server's log) are extension members, which RFC 9457 section 3.2 allows.
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    a short summary of the type, the same for every occurrence (with about:blank: the
 *                 status's reason phrase)
 * @param status   the HTTP status, repeated in the body for clients that lose the status line
 * @param detail   what went wrong this time, for people
 * @param instance the URI of this occurrence: here, the request's path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String errorId) {
}
