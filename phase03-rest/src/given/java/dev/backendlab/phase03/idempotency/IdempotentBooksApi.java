package dev.backendlab.phase03.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Middleware;
import dev.backendlab.web.Router;

/**
 * Given: a catalogue whose {@code POST /books} is not idempotent (each call adds a book), behind
 * whatever middleware is passed in. {@code beforeCreate} runs inside the handler, before the book is
 * added: the tests use it to hold a request "in flight".
 */
public final class IdempotentBooksApi {

    private final BookCatalogue catalogue;
    private final Middleware idempotency;
    private final Runnable beforeCreate;

    public IdempotentBooksApi(BookCatalogue catalogue, Middleware idempotency, Runnable beforeCreate) {
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.beforeCreate = beforeCreate;
    }

    public Router router() {
        return new Router()
                .use(idempotency)
                .get("/books", ex -> ex.sendJson(200, catalogue.all()))
                .post("/books", this::create)
                .onError(ApiErrors::send);
    }

    private void create(Exchange exchange) throws Exception {
        JsonNode body = exchange.bodyJson();
        beforeCreate.run();
        Book book = catalogue.add(body.path("title").asText(), null, body.path("year").asInt());
        exchange.header("Location", "/books/" + book.id());
        exchange.sendJson(201, book);
    }
}
