package dev.backendlab.phase03.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.support.Api;
import dev.backendlab.web.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 5, title = "Errors", topics = {"Error Handling", "Status Codes"})
@DisplayName("Exercise 5: Errors")
class ErrorsTest {

    private record Logged(String errorId, String method, String path, Exception cause) {
    }

    private final List<Logged> log = new CopyOnWriteArrayList<>();
    private Api api;

    @BeforeEach
    void serve() {
        BookCatalogue catalogue = new BookCatalogue();
        catalogue.add("Dune", "Frank Herbert", 1965);
        api = Api.serve(new ProblemsApi(catalogue, (id, method, path, cause) -> log.add(new Logged(id, method, path, cause))).router());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonNode json(String text) {
        try {
            return Json.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Checks what every problem shares, and returns its body. */
    private static JsonNode problem(HttpReply reply, int status) {
        assertThat(reply.status()).as(reply.says("the status")).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.says("every error is application/problem+json (RFC 9457 section 3)"))
                .isEqualTo("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("status").asInt()).as(reply.says("'status' repeats the HTTP status")).isEqualTo(status);
        return body;
    }

    @Test
    void a_missing_resource_is_a_404_problem() {
        HttpReply missing = api.get("/books/99");

        assertThat(problem(missing, 404)).as(missing.says("type about:blank, the reason phrase as title, the message as detail, the path as instance"))
                .isEqualTo(json("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"no book has the id 99\",\"instance\":\"/books/99\"}"));
    }

    @Test
    void an_unknown_route_is_a_problem_too() {
        HttpReply nowhere = api.get("/authors/1");

        JsonNode body = problem(nowhere, 404);
        assertThat(body.path("title").asText()).as(nowhere.says("title: the reason phrase")).isEqualTo("Not Found");
        assertThat(body.path("instance").asText()).as(nowhere.says("instance: the path asked for")).isEqualTo("/authors/1");
    }

    @Test
    void a_wrong_method_is_a_405_problem_that_keeps_its_allow_header() {
        HttpReply wrong = api.delete("/books");

        JsonNode body = problem(wrong, 405);
        assertThat(body.path("title").asText()).as(wrong.says("title")).isEqualTo("Method Not Allowed");
        assertThat(wrong.header("Allow")).as(wrong.says("a 405 must say what is allowed (RFC 9110 section 15.5.6): "
                + "send the ApiException's headers")).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void an_error_keeps_the_headers_it_carries() {
        HttpReply patch = api.json("PATCH", "/books/1", "{}");

        problem(patch, 415);
        assertThat(patch.header("Accept-Patch")).as(patch.says("the 415 carries Accept-Patch")).isEqualTo("application/merge-patch+json");
    }

    @Test
    void field_errors_are_a_422_problem_listing_each_with_a_pointer() {
        HttpReply invalid = api.json("POST", "/books", "{\"title\":\"\",\"year\":\"1965\"}");

        assertThat(problem(invalid, 422)).as(invalid.says("a validation problem with its own type and an 'errors' extension"))
                .isEqualTo(json("{\"type\":\"https://backendlab.dev/problems/validation-error\","
                        + "\"title\":\"Your request is not valid\",\"status\":422,\"detail\":\"2 field(s) are not valid\","
                        + "\"instance\":\"/books\",\"errors\":[{\"pointer\":\"/title\",\"detail\":\"a title is required\"},"
                        + "{\"pointer\":\"/year\",\"detail\":\"the year must be an integer\"}]}"));
    }

    @Test
    void malformed_json_is_a_400_problem_naming_line_and_column() {
        HttpReply malformed = api.json("POST", "/books", "{\"title\": \"Dune\",\n \"year\": 19 65}");

        JsonNode body = problem(malformed, 400);
        assertThat(body.path("type").asText()).as(malformed.says("its own type")).isEqualTo("https://backendlab.dev/problems/malformed-json");
        assertThat(body.path("title").asText()).as(malformed.says("title")).isEqualTo("Malformed JSON");
        assertThat(body.path("detail").asText()).as(malformed.says("the detail says where: line 2, column 13")).contains("line 2, column 13");
    }

    @Test
    void an_unexpected_exception_is_a_500_that_reveals_nothing_internal() {
        HttpReply crash = api.get("/reports/sales");

        JsonNode body = problem(crash, 500);
        assertThat(body.path("type").asText()).as(crash.says("type")).isEqualTo("about:blank");
        assertThat(body.path("title").asText()).as(crash.says("title")).isEqualTo("Internal Server Error");
        assertThat(crash.body()).as(crash.says("nothing from the exception reaches the client: not its message, "
                        + "host, password, class name or stack"))
                .doesNotContain("hunter2", "db.internal", "jdbc", "IllegalStateException", "connection refused", "at dev.");
    }

    @Test
    void the_500_carries_an_id_that_the_log_has_with_the_cause() {
        HttpReply crash = api.get("/reports/sales");

        String errorId = problem(crash, 500).path("errorId").asText();
        assertThat(errorId).as(crash.says("the body has an 'errorId'")).isNotBlank();
        assertThat(crash.json().path("detail").asText()).as(crash.says("the detail quotes the id, so people can report it")).contains(errorId);
        assertThat(log).as("exactly one log entry for the failed request").hasSize(1);
        Logged entry = log.get(0);
        assertThat(entry.errorId()).as("the log entry has the same id as the response").isEqualTo(errorId);
        assertThat(entry.method() + " " + entry.path()).as("and says which request").isEqualTo("GET /reports/sales");
        assertThat(entry.cause()).as("and keeps the exception for the developer").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hunter2");
    }

    @Test
    void every_500_gets_its_own_id_and_client_errors_are_not_logged_as_errors() {
        HttpReply first = api.get("/reports/sales");
        HttpReply second = api.get("/reports/sales");
        HttpReply notFound = api.get("/books/99");

        String one = problem(first, 500).path("errorId").asText();
        String two = problem(second, 500).path("errorId").asText();
        problem(notFound, 404);
        assertThat(one).as("two failures, two ids").isNotEqualTo(two);
        assertThat(log).as("the log has both 500s and not the 404, which is the client's mistake")
                .extracting(Logged::errorId).containsExactly(one, two);
    }
}
