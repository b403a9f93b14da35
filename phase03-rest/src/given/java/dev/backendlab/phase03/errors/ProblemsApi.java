package dev.backendlab.phase03.errors;

import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.util.ArrayList;
import java.util.List;

/**
 * Given: a small API that fails in every way an API fails, so the error handler has something to
 * handle. Its handlers only throw; {@link ProblemErrorHandler} turns what they throw into responses.
 */
public final class ProblemsApi {

    private final BookCatalogue catalogue;
    private final ErrorLog log;

    public ProblemsApi(BookCatalogue catalogue, ErrorLog log) {
        this.catalogue = catalogue;
        this.log = log;
    }

    public Router router() {
        Router router = new Router();
        return router
                .get("/books", ex -> ex.sendJson(200, catalogue.all()))
                .post("/books", this::create)
                .get("/books/:id", this::get)
                .patch("/books/:id", ex -> {
                    throw new ApiException(415, "a patch must be application/merge-patch+json")
                            .withHeader("Accept-Patch", "application/merge-patch+json");
                })
                .get("/reports/sales", ex -> {
                    throw new IllegalStateException("connection refused: jdbc:postgresql://db.internal:5432/sales?password=hunter2");
                })
                .notFound(ex -> {
                    throw new ApiException(404, "nothing is at " + ex.path());
                })
                .methodNotAllowed(ex -> {
                    throw new ApiException(405, ex.method() + " is not allowed on " + ex.path())
                            .withHeader("Allow", String.join(", ", router.allowedMethods(ex.path())));
                })
                .onError(new ProblemErrorHandler(log));
    }

    private void get(Exchange exchange) {
        String id = exchange.pathParam("id");
        exchange.sendJson(200, catalogue.all().stream().filter(b -> Long.toString(b.id()).equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(404, "no book has the id " + id)));
    }

    /** Malformed JSON escapes from bodyJson() as Jackson's exception; a bad book is a ValidationException. */
    private void create(Exchange exchange) throws Exception {
        var body = exchange.bodyJson();
        List<FieldError> errors = new ArrayList<>();
        if (!body.path("title").isTextual() || body.path("title").asText().isBlank()) {
            errors.add(new FieldError("/title", "a title is required"));
        }
        if (!body.path("year").isInt()) {
            errors.add(new FieldError("/year", "the year must be an integer"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        exchange.header("Location", "/books/" + catalogue.add(body.path("title").asText(), null, body.path("year").asInt()).id());
        exchange.sendEmpty(201);
    }
}
