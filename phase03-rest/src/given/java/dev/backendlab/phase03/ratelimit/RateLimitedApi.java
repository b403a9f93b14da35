package dev.backendlab.phase03.ratelimit;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Middleware;
import dev.backendlab.web.Router;

/** Given: the catalogue's list behind whatever limiter is passed in. */
public final class RateLimitedApi {

    private final BookCatalogue catalogue;
    private final Middleware limiter;

    public RateLimitedApi(BookCatalogue catalogue, Middleware limiter) {
        this.catalogue = catalogue;
        this.limiter = limiter;
    }

    public Router router() {
        return new Router()
                .use(limiter)
                .get("/books", ex -> ex.sendJson(200, catalogue.all()))
                .onError(ApiErrors::send);
    }
}
