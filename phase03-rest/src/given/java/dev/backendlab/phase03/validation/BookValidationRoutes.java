package dev.backendlab.phase03.validation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Given to {@link BookValidationApi}: its route table, the store its handlers share, and the query
 * as JSON for a schema to check. You write the handlers.
 */
public abstract class BookValidationRoutes {

    /** The stored books (the validated JSON plus an id) by id. Safe to use from several threads. */
    protected final ConcurrentSkipListMap<Long, ObjectNode> books = new ConcurrentSkipListMap<>();

    /** The id sequence: {@code lastId.incrementAndGet()} is the next id (1, 2, 3, ...). */
    protected final AtomicLong lastId = new AtomicLong();

    /** The routes, with the shared error handler. */
    public final Router router() {
        return new Router()
                .post("/books", this::create)
                .get("/books", this::list)
                .onError(ApiErrors::send);
    }

    /**
     * The query as a JSON object of strings, {@code ?year=1968&q=le} as
     * {@code {"year":"1968","q":"le"}}; a repeated parameter becomes an array of strings.
     */
    protected static ObjectNode queryAsJson(Exchange exchange) {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        exchange.queryParams().forEach((name, values) -> {
            if (values.size() == 1) {
                query.put(name, values.get(0));
            } else {
                ArrayNode all = query.putArray(name);
                values.forEach(all::add);
            }
        });
        return query;
    }

    public abstract void create(Exchange exchange);

    public abstract void list(Exchange exchange);
}
