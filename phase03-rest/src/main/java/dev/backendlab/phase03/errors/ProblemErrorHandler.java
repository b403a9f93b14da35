package dev.backendlab.phase03.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.web.ErrorHandler;
import dev.backendlab.web.Exchange;

/**
 * The one place that turns whatever a handler threw into an RFC 9457 problem, sent as
 * {@code application/problem+json} with the problem's status, {@code instance} being the request path:
 * <ul>
 *   <li>{@link ApiException}: type {@code about:blank}, title the status's reason phrase, detail the
 *       exception's message; its headers are sent too;</li>
 *   <li>{@link ValidationException}: 422, type {@value #VALIDATION_TYPE}, title
 *       {@code "Your request is not valid"}, and every field error in {@code errors};</li>
 *   <li>Jackson's {@link JsonProcessingException} (a body that is not JSON): 400, type
 *       {@value #MALFORMED_TYPE}, title {@code "Malformed JSON"}, a detail naming line and column;</li>
 *   <li>anything else: 500, type {@code about:blank}, title {@code "Internal Server Error"}, a new
 *       unique {@code errorId} that the detail also quotes, and nothing from the exception (no
 *       message, no class name, no stack trace): those go to the {@link ErrorLog}, under that id.</li>
 * </ul>
 */
public final class ProblemErrorHandler implements ErrorHandler {

    public static final String VALIDATION_TYPE = "https://backendlab.dev/problems/validation-error";
    public static final String MALFORMED_TYPE = "https://backendlab.dev/problems/malformed-json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public ProblemErrorHandler(ErrorLog log) {
        // TODO Keep log in a final field
    }

    @Override
    public void handle(Exchange exchange, Exception error) {
        // TODO Map the exception to a Problem (see the class comment) and send it as application/problem+json.
        throw new NotImplementedYetException("map the exception to a Problem (see the class comment) and send it as application/problem+json", "Exercise 5: Errors");
    }
}
