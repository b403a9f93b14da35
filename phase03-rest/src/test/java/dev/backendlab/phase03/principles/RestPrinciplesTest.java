package dev.backendlab.phase03.principles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.caching.CachedBooksApi;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.crud.BookResource;
import dev.backendlab.phase03.envelope.CatalogueApi;
import dev.backendlab.phase03.errors.ProblemsApi;
import dev.backendlab.phase03.query.BookQueries;
import dev.backendlab.phase03.query.SignedCursor;
import dev.backendlab.phase03.support.Api;
import dev.backendlab.phase03.uploads.UploadsApi;
import dev.backendlab.phase03.validation.BookValidationApi;
import dev.backendlab.phase03.versioning.VersionedBooksApi;
import dev.backendlab.web.Router;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 11, title = "REST principles", topics = {"REST Principles", "Status Codes"})
@DisplayName("Exercise 11: REST principles")
class RestPrinciplesTest {

    @TempDir
    static Path uploads;

    /** A router with OPTIONS support in front; no route handler runs for an OPTIONS request. */
    private static Api serveWithOptions(Router router) {
        return Api.serve(router.use(OptionsSupport.middleware(router)));
    }

    private static Router small() {
        return new Router()
                .get("/books", ex -> ex.sendText(200, "list"))
                .post("/books", ex -> ex.sendEmpty(201))
                .get("/books/:id", ex -> ex.sendText(200, "one"))
                .put("/books/:id", ex -> ex.sendText(200, "put"))
                .delete("/books/:id", ex -> ex.sendEmpty(204));
    }

    @Test
    void options_on_a_collection_lists_its_methods_in_allow() {
        try (Api api = serveWithOptions(small())) {
            HttpReply options = api.call("OPTIONS", "/books", (String) null);

            assertThat(options.status()).as(options.says("OPTIONS succeeds without a body: 204")).isEqualTo(204);
            assertThat(options.header("Allow")).as(options.says("Allow: the path's methods, HEAD with GET, OPTIONS itself, sorted"))
                    .isEqualTo("GET, HEAD, OPTIONS, POST");
        }
    }

    @Test
    void options_on_an_item_lists_the_item_methods() {
        try (Api api = serveWithOptions(small())) {
            HttpReply options = api.call("OPTIONS", "/books/42", (String) null);

            assertThat(options.header("Allow")).as(options.says("the methods of /books/:id"))
                    .isEqualTo("DELETE, GET, HEAD, OPTIONS, PUT");
        }
    }

    @Test
    void options_on_a_path_nothing_serves_is_404_and_other_methods_pass_through() {
        try (Api api = serveWithOptions(small())) {
            HttpReply nowhere = api.call("OPTIONS", "/authors", (String) null);
            HttpReply list = api.get("/books");

            assertThat(nowhere.status()).as(nowhere.says("no route at /authors: the router's 404")).isEqualTo(404);
            assertThat(list.body()).as(list.says("a GET still reaches its route")).isEqualTo("list");
        }
    }

    @ParameterizedTest(name = "{0}: OPTIONS {1} allows {2}")
    @CsvSource(delimiter = '|', value = {
        "crud       | /books               | GET, HEAD, OPTIONS, POST",
        "crud       | /books/1             | DELETE, GET, HEAD, OPTIONS, PATCH, PUT",
        "query      | /books/feed          | GET, HEAD, OPTIONS",
        "envelope   | /authors/2/books     | GET, HEAD, OPTIONS",
        "validation | /books               | GET, HEAD, OPTIONS, POST",
        "errors     | /books/7             | GET, HEAD, OPTIONS, PATCH",
        "versioning | /v1/books/1          | GET, HEAD, OPTIONS",
        "uploads    | /files               | OPTIONS, POST",
        "uploads    | /files/photo.png     | GET, HEAD, OPTIONS",
        "caching    | /books/1             | DELETE, GET, HEAD, OPTIONS, PATCH, PUT",
    })
    void every_route_of_every_exercise_answers_options(String exercise, String path, String allow) {
        Supplier<Router> router = switch (exercise) {
            case "crud" -> () -> new BookResource().router();
            case "query" -> () -> new BookQueries(new BookCatalogue(), new SignedCursor("k".getBytes(StandardCharsets.UTF_8))).router();
            case "envelope" -> () -> new CatalogueApi(new BookCatalogue()).router();
            case "validation" -> () -> new BookValidationApi().router();
            case "errors" -> () -> new ProblemsApi(new BookCatalogue(), (id, method, p, cause) -> { }).router();
            case "versioning" -> () -> new VersionedBooksApi(new BookCatalogue()).router();
            case "uploads" -> () -> new UploadsApi(uploads, 1024).router();
            default -> () -> new CachedBooksApi(Clock.systemUTC()).router();
        };
        try (Api api = serveWithOptions(router.get())) {
            HttpReply options = api.call("OPTIONS", path, (String) null);

            assertThat(options.status()).as(options.says("every resource answers OPTIONS: 204")).isEqualTo(204);
            assertThat(options.header("Allow")).as(options.says("with the methods its routes serve")).isEqualTo(allow);
        }
    }
}
