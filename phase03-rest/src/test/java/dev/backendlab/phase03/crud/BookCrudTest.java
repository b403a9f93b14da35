package dev.backendlab.phase03.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.support.Api;
import dev.backendlab.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 1, title = "CRUD", topics = {"CRUD API Design", "REST Principles", "Status Codes"})
@DisplayName("Exercise 1: CRUD")
class BookCrudTest {

    private static final String DUNE = "{\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1965}";
    private static final String EARTHSEA = "{\"title\":\"A Wizard of Earthsea\",\"author\":\"Ursula K. Le Guin\",\"year\":1968}";

    private Api api;

    @BeforeEach
    void serve() {
        api = Api.serve(new BookResource().router());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonNode json(String text) {
        try {
            return Json.readTree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private HttpReply create(String body) {
        HttpReply created = api.json("POST", "/books", body);
        assertThat(created.status()).as(created.says("POST /books with a valid book must answer 201 Created")).isEqualTo(201);
        return created;
    }

    /** The list as the server holds it: what a failed request must leave unchanged. */
    private JsonNode stored() {
        HttpReply list = api.get("/books");
        assertThat(list.status()).as(list.says("GET /books must answer 200")).isEqualTo(200);
        return list.json();
    }

    @Test
    void post_answers_201_with_a_location_and_the_created_book() {
        HttpReply created = api.json("POST", "/books", DUNE);

        assertThat(created.status()).as(created.says("POST /books creates a book: 201 Created")).isEqualTo(201);
        assertThat(created.header("Location"))
                .as(created.says("201 names the new resource in Location (RFC 9110 section 15.3.2)")).isEqualTo("/books/1");
        assertThat(created.header("Content-Type")).as(created.says("the body is JSON")).isEqualTo("application/json");
        assertThat(created.json()).as(created.says("the body is the stored book, with its new id"))
                .isEqualTo(json("{\"id\":1,\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1965}"));
    }

    @Test
    void each_post_creates_a_new_book_under_the_next_id() {
        create(DUNE);
        HttpReply second = create(EARTHSEA);

        assertThat(second.header("Location")).as(second.says("POST is not idempotent: a second POST creates /books/2"))
                .isEqualTo("/books/2");
        assertThat(second.json().path("id").asLong()).as(second.says("the second book's id")).isEqualTo(2);
    }

    @Test
    void get_answers_200_with_the_book() {
        create(DUNE);

        HttpReply got = api.get("/books/1");

        assertThat(got.status()).as(got.says("GET of an existing book: 200")).isEqualTo(200);
        assertThat(got.json()).as(got.says("GET returns what POST stored"))
                .isEqualTo(json("{\"id\":1,\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1965}"));
    }

    @Test
    void get_of_an_unknown_or_non_numeric_id_is_404() {
        create(DUNE);

        HttpReply unknown = api.get("/books/99");
        HttpReply notANumber = api.get("/books/dune");

        assertThat(unknown.status()).as(unknown.says("no book 99: 404 Not Found")).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).as(unknown.says("the error says which id")).contains("99");
        assertThat(notANumber.status()).as(notANumber.says("an id that is not a number names no book: 404, not 400 or 500"))
                .isEqualTo(404);
    }

    @Test
    void list_answers_every_book_in_id_order() {
        create(EARTHSEA);
        create(DUNE);

        HttpReply list = api.get("/books");

        assertThat(list.status()).as(list.says("GET /books: 200")).isEqualTo(200);
        assertThat(list.json()).as(list.says("a JSON array of every book, by id")).isEqualTo(json("["
                + "{\"id\":1,\"title\":\"A Wizard of Earthsea\",\"author\":\"Ursula K. Le Guin\",\"year\":1968},"
                + "{\"id\":2,\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1965}]"));
    }

    @Test
    void put_replaces_the_whole_book_so_a_member_left_out_is_gone() {
        create(DUNE);

        HttpReply put = api.json("PUT", "/books/1", "{\"title\":\"Dune Messiah\",\"year\":1969}");
        HttpReply got = api.get("/books/1");

        assertThat(put.status()).as(put.says("PUT of an existing book: 200 with the new state")).isEqualTo(200);
        assertThat(got.json()).as(got.says("PUT replaces: the author the PUT left out is gone"))
                .isEqualTo(json("{\"id\":1,\"title\":\"Dune Messiah\",\"year\":1969}"));
    }

    @Test
    void put_of_an_unknown_id_is_404_and_creates_nothing() {
        HttpReply put = api.json("PUT", "/books/7", DUNE);

        assertThat(put.status()).as(put.says("ids are assigned by the server, so PUT never creates: 404")).isEqualTo(404);
        assertThat(stored()).as("after a refused PUT the catalogue is still empty").isEqualTo(json("[]"));
    }

    @Test
    void patch_as_merge_patch_changes_only_the_members_it_names() {
        create(DUNE);

        HttpReply patched = api.json("PATCH", "/books/1", "{\"year\":1966}", "Content-Type", "application/merge-patch+json");

        assertThat(patched.status()).as(patched.says("PATCH of an existing book: 200 with the new state")).isEqualTo(200);
        assertThat(api.get("/books/1").json()).as("a merge patch keeps every member it does not name")
                .isEqualTo(json("{\"id\":1,\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1966}"));
    }

    @Test
    void patch_with_null_removes_a_member_and_an_invalid_result_is_422() {
        create(DUNE);

        HttpReply removed = api.json("PATCH", "/books/1", "{\"author\":null}", "Content-Type", "application/merge-patch+json");
        HttpReply invalid = api.json("PATCH", "/books/1", "{\"title\":null}", "Content-Type", "application/merge-patch+json");

        assertThat(removed.json()).as(removed.says("null in a merge patch removes the member (RFC 7396 section 1)"))
                .isEqualTo(json("{\"id\":1,\"title\":\"Dune\",\"year\":1965}"));
        assertThat(invalid.status()).as(invalid.says("removing the required title leaves no valid book: 422")).isEqualTo(422);
        assertThat(stored()).as("a refused PATCH changes nothing")
                .isEqualTo(json("[{\"id\":1,\"title\":\"Dune\",\"year\":1965}]"));
    }

    @Test
    void patch_with_another_media_type_is_415_naming_the_accepted_one() {
        create(DUNE);

        HttpReply plain = api.json("PATCH", "/books/1", "{\"year\":1966}", "Content-Type", "text/plain");

        assertThat(plain.status()).as(plain.says("a PATCH body that is not application/merge-patch+json: 415")).isEqualTo(415);
        assertThat(plain.header("Accept-Patch"))
                .as(plain.says("a 415 to a PATCH says what it accepts in Accept-Patch (RFC 5789 section 3.1)"))
                .isEqualTo("application/merge-patch+json");
    }

    @Test
    void delete_answers_204_then_the_book_is_404_and_a_second_delete_is_404() {
        create(DUNE);

        HttpReply deleted = api.delete("/books/1");
        HttpReply after = api.get("/books/1");
        HttpReply again = api.delete("/books/1");

        assertThat(deleted.status()).as(deleted.says("DELETE of an existing book: 204 No Content")).isEqualTo(204);
        assertThat(deleted.body()).as(deleted.says("204 has no body")).isEmpty();
        assertThat(after.status()).as(after.says("a deleted book is gone: 404")).isEqualTo(404);
        assertThat(again.status()).as(again.says("DELETE is idempotent in effect, but the second one finds nothing: 404"))
                .isEqualTo(404);
    }

    @Test
    void a_body_that_is_not_json_is_415_and_stores_nothing() {
        HttpReply text = api.json("POST", "/books", "title=Dune&year=1965", "Content-Type", "application/x-www-form-urlencoded");

        assertThat(text.status()).as(text.says("the API reads only application/json: 415 Unsupported Media Type"))
                .isEqualTo(415);
        assertThat(stored()).as("a refused POST stores nothing").isEqualTo(json("[]"));
    }

    @Test
    void a_json_content_type_with_a_charset_parameter_is_accepted() {
        HttpReply created = api.json("POST", "/books", DUNE, "Content-Type", "Application/JSON; charset=utf-8");

        assertThat(created.status()).as(created.says("media types are case-insensitive and may carry parameters"))
                .isEqualTo(201);
    }

    @Test
    void an_accept_header_that_allows_no_json_is_406() {
        create(DUNE);

        HttpReply csv = api.get("/books/1", "Accept", "text/csv");
        HttpReply refused = api.get("/books/1", "Accept", "application/json;q=0, text/html");

        assertThat(csv.status()).as(csv.says("the API cannot serve text/csv: 406 Not Acceptable")).isEqualTo(406);
        assertThat(refused.status()).as(refused.says("q=0 means 'not acceptable' (RFC 9110 section 12.4.2)")).isEqualTo(406);
    }

    @Test
    void accept_ranges_that_include_json_are_served() {
        create(DUNE);

        HttpReply wildcard = api.get("/books/1", "Accept", "text/html, application/*;q=0.2");
        HttpReply any = api.get("/books/1", "Accept", "*/*");

        assertThat(wildcard.status()).as(wildcard.says("application/* includes application/json")).isEqualTo(200);
        assertThat(any.status()).as(any.says("*/* includes application/json")).isEqualTo(200);
    }

    @Test
    void malformed_json_is_400_naming_line_and_column_and_stores_nothing() {
        HttpReply malformed = api.json("POST", "/books", "{\n  \"title\": \"Dune\",,\n  \"year\": 1965\n}");

        assertThat(malformed.status()).as(malformed.says("a body that is not well-formed JSON: 400 Bad Request")).isEqualTo(400);
        assertThat(malformed.json().path("error").asText())
                .as(malformed.says("the message points at the second comma: line 2, column 19"))
                .contains("line 2, column 19");
        assertThat(stored()).as("a malformed POST stores nothing").isEqualTo(json("[]"));
    }

    @Test
    void well_formed_json_that_is_not_a_valid_book_is_422_naming_the_member() {
        HttpReply noTitle = api.json("POST", "/books", "{\"year\":1965}");
        HttpReply textYear = api.json("POST", "/books", "{\"title\":\"Dune\",\"year\":\"1965\"}");
        HttpReply unknown = api.json("POST", "/books", "{\"title\":\"Dune\",\"year\":1965,\"isbn\":\"0441013597\"}");

        assertThat(noTitle.status()).as(noTitle.says("no title: 422 Unprocessable Content")).isEqualTo(422);
        assertThat(noTitle.json().path("error").asText()).as(noTitle.says("the error names the member")).contains("title");
        assertThat(textYear.status()).as(textYear.says("a year that is a string: 422")).isEqualTo(422);
        assertThat(textYear.json().path("error").asText()).as(textYear.says("the error names the member")).contains("year");
        assertThat(unknown.status()).as(unknown.says("an unknown member: 422")).isEqualTo(422);
        assertThat(unknown.json().path("error").asText()).as(unknown.says("the error names the member")).contains("isbn");
        assertThat(stored()).as("refused POSTs store nothing").isEqualTo(json("[]"));
    }

    @DisplayName("MergePatch.apply follows the examples of RFC 7396 Appendix A")
    @ParameterizedTest(name = "{0} patched with {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":\"b\"}                | {\"a\":\"c\"}             | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                | {\"b\":\"c\"}             | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\",\"b\":\"c\"}    | {\"a\":null}              | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}              | {\"a\":\"c\"}             | {\"a\":\"c\"}",
        "{\"a\":{\"b\":\"c\"}}        | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}      | {\"a\":[1]}               | {\"a\":[1]}",
        "[\"a\",\"b\"]                | [\"c\",\"d\"]             | [\"c\",\"d\"]",
        "{\"a\":\"foo\"}              | \"bar\"                   | \"bar\"",
        "{\"e\":null}                 | {\"a\":1}                 | {\"e\":null,\"a\":1}",
        "[1,2]                        | {\"a\":\"b\",\"c\":null}  | {\"a\":\"b\"}",
        "{}                           | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
    })
    void merge_patch_follows_rfc_7396(String target, String patch, String expected) {
        JsonNode targetNode = json(target);
        JsonNode before = targetNode.deepCopy();

        JsonNode result = MergePatch.apply(targetNode, json(patch));

        assertThat(result).as("MergePatch(%s, %s), RFC 7396 Appendix A", target, patch).isEqualTo(json(expected));
        assertThat(targetNode).as("apply must not change its target argument").isEqualTo(before);
    }
}
