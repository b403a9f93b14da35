package dev.backendlab.phase03.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.support.Api;
import dev.backendlab.web.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 4, title = "Validation", topics = {"Validation"})
@DisplayName("Exercise 4: Validation")
class ValidationTest {

    private static JsonNode json(String text) {
        try {
            return Json.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Violations as "pointer code", the root pointer "" shown as "(document)". */
    private static List<String> found(ValidationResult result) {
        List<String> found = new ArrayList<>();
        for (Violation v : result.errors()) {
            found.add((v.pointer().isEmpty() ? "(document)" : v.pointer()) + " " + v.code());
        }
        return found;
    }

    private static List<String> check(Schema schema, String document) {
        ValidationResult result = schema.validate(json(document));
        for (Violation v : result.errors()) {
            assertThat(v.message()).as("every violation carries a message for people: " + v).isNotBlank();
        }
        assertThat(result.value() == null).as("value is null exactly when there are errors, for " + document)
                .isEqualTo(!result.errors().isEmpty());
        return found(result);
    }

    private static boolean distinct(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return new HashSet<>(items).size() == items.size();
    }

    private static final String BAD_BOOK = "{\"title\":\"\",\"year\":1450.5,\"format\":\"audiobook\","
            + "\"tags\":[\"sci-fi\",\"Space\",\"sci-fi\"],\"publisher\":{\"country\":\"gb\"},\"price\":9}";
    private static final List<String> BAD_BOOK_VIOLATIONS = List.of("/title too_small", "/year invalid_type",
            "/format invalid_enum", "/tags/1 pattern", "/publisher/name required", "/publisher/country pattern",
            "/price unknown_key");

    @Nested
    @DisplayName("the schema library")
    class Library {

        @Test
        void a_string_reports_every_failed_check_at_once() {
            Schema code = Schema.string().min(3).max(5).pattern("[a-z]+");

            assertThat(check(code, "\"A1\"")).as("\"A1\" is too short AND does not match [a-z]+: both, in check order")
                    .containsExactly("(document) too_small", "(document) pattern");
            assertThat(check(code, "\"abcdefg\"")).as("\"abcdefg\" is too long").containsExactly("(document) too_big");
            assertThat(check(code, "\"abc\"")).as("\"abc\" passes").isEmpty();
        }

        @Test
        void a_value_of_the_wrong_type_gets_one_invalid_type_and_nothing_else() {
            assertThat(check(Schema.string().min(3).pattern("[a-z]+"), "42")).as("42 for a string")
                    .containsExactly("(document) invalid_type");
            assertThat(check(Schema.number().min(1), "\"12\"")).as("\"12\" for a number that does not coerce")
                    .containsExactly("(document) invalid_type");
            assertThat(check(Schema.bool(), "\"true\"")).as("\"true\" for a boolean that does not coerce")
                    .containsExactly("(document) invalid_type");
            assertThat(check(Schema.object().field("a", Schema.string()), "[]")).as("[] for an object")
                    .containsExactly("(document) invalid_type");
            assertThat(check(Schema.array(Schema.string()).min(1), "{}")).as("{} for an array")
                    .containsExactly("(document) invalid_type");
        }

        @Test
        void a_number_checks_integer_min_and_max() {
            Schema rating = Schema.number().integer().min(1).max(10);

            assertThat(check(rating, "12.5")).as("12.5 is no integer and above 10").containsExactly("(document) invalid_type", "(document) too_big");
            assertThat(check(rating, "0")).as("0 is below 1").containsExactly("(document) too_small");
            assertThat(check(rating, "7.0")).as("7.0 has no fractional part: an integer").isEmpty();
        }

        @Test
        void coercion_turns_query_strings_into_numbers_and_booleans() {
            Schema query = Schema.object()
                    .optional("year", Schema.number().integer().coerce())
                    .optional("inPrint", Schema.bool().coerce());

            ValidationResult ok = query.validate(json("{\"year\":\"1968\",\"inPrint\":\"true\"}"));

            assertThat(found(ok)).as("\"1968\" and \"true\" coerce").isEmpty();
            assertThat(ok.value()).as("the result holds the coerced values, a number and a boolean")
                    .isEqualTo(json("{\"year\":1968,\"inPrint\":true}"));
            assertThat(check(query, "{\"year\":\"19x8\",\"inPrint\":\"yes\"}"))
                    .as("\"19x8\" is no number and \"yes\" no boolean, even coerced")
                    .containsExactly("/year invalid_type", "/inPrint invalid_type");
        }

        @Test
        void an_enum_takes_only_its_values_exactly() {
            Schema format = Schema.enumOf("hardcover", "paperback");

            ValidationResult wrongCase = format.validate(json("\"Hardcover\""));

            assertThat(found(wrongCase)).as("case matters").containsExactly("(document) invalid_enum");
            assertThat(wrongCase.errors().get(0).message()).as("the message lists what is allowed").contains("hardcover", "paperback");
            assertThat(check(format, "3")).as("3 is not even a string").containsExactly("(document) invalid_type");
        }

        @Test
        void an_array_checks_its_size_and_every_item_at_its_index() {
            Schema codes = Schema.array(Schema.string().min(2)).min(1).max(3);

            assertThat(check(codes, "[\"ok\",\"x\",\"y\",\"fine\"]")).as("too many items, and items 1 and 2 too short")
                    .containsExactly("(document) too_big", "/1 too_small", "/2 too_small");
            assertThat(check(codes, "[]")).as("no items").containsExactly("(document) too_small");
        }

        @Test
        void an_object_reports_missing_wrong_and_unknown_members_in_schema_order() {
            Schema schema = Schema.object().field("a", Schema.string()).optional("b", Schema.number()).field("c", Schema.bool());

            assertThat(check(schema, "{\"z\":1,\"b\":\"x\",\"y\":2}"))
                    .as("declared members in declared order, then unknown ones in document order")
                    .containsExactly("/a required", "/b invalid_type", "/c required", "/z unknown_key", "/y unknown_key");
            assertThat(check(schema, "{\"a\":\"s\",\"c\":true,\"b\":null}"))
                    .as("an optional member may be missing, but null is not a number")
                    .containsExactly("/b invalid_type");
        }

        @Test
        void pointers_go_through_nested_objects_and_escape_slash_and_tilde() {
            Schema schema = Schema.object()
                    .field("publisher", Schema.object().field("country", Schema.string().pattern("[A-Z]{2}")))
                    .field("a/b", Schema.number())
                    .field("m~n", Schema.number());

            assertThat(check(schema, "{\"publisher\":{\"country\":\"fr\"},\"a/b\":\"1\",\"m~n\":true}"))
                    .as("RFC 6901: '/' in a name is ~1, '~' is ~0")
                    .containsExactly("/publisher/country pattern", "/a~1b invalid_type", "/m~0n invalid_type");
        }

        @Test
        void a_custom_rule_runs_only_once_the_value_passed_its_own_checks() {
            Schema tags = Schema.object().field("tags", Schema.array(Schema.string()).refine("tags must not repeat", ValidationTest::distinct));

            ValidationResult repeated = tags.validate(json("{\"tags\":[\"a\",\"a\"]}"));

            assertThat(found(repeated)).as("the rule refuses a repeated tag, at the array's pointer").containsExactly("/tags custom");
            assertThat(repeated.errors().get(0).message()).as("with the rule's message").isEqualTo("tags must not repeat");
            assertThat(check(tags, "{\"tags\":[\"a\",1,\"a\"]}"))
                    .as("an item of the wrong type: the rule does not run on an array that already failed")
                    .containsExactly("/tags/1 invalid_type");
        }

        @Test
        void a_valid_document_has_no_errors_and_comes_back_whole() {
            String book = "{\"title\":\"Dune\",\"year\":1965,\"author\":\"Frank Herbert\",\"isbn\":\"9780441013593\","
                    + "\"format\":\"paperback\",\"tags\":[\"sci-fi\",\"desert\"],\"publisher\":{\"name\":\"Ace\",\"country\":\"US\"}}";

            ValidationResult result = BookSchemas.NEW_BOOK.validate(json(book));

            assertThat(result.errors()).as("a valid book has no violations").isEmpty();
            assertThat(result.value()).as("and the value is the book").isEqualTo(json(book));
        }

        @Test
        void every_error_of_a_document_is_reported_at_once() {
            assertThat(check(BookSchemas.NEW_BOOK, BAD_BOOK))
                    .as("one pass finds every violation (the tags rule does not run: an item already failed)")
                    .containsExactlyElementsOf(BAD_BOOK_VIOLATIONS);
        }
    }

    @Nested
    @DisplayName("the schemas at work over HTTP")
    class OverHttp {

        private static List<String> violations(HttpReply reply) {
            List<String> found = new ArrayList<>();
            for (JsonNode v : reply.json().path("errors")) {
                assertThat(v.path("message").asText()).as(reply.says("every error has a message")).isNotBlank();
                found.add(v.path("pointer").asText() + " " + v.path("code").asText());
            }
            return found;
        }

        @Test
        void an_invalid_body_is_422_listing_every_violation_and_stores_nothing() {
            try (Api api = Api.serve(new BookValidationApi().router())) {
                HttpReply invalid = api.json("POST", "/books", BAD_BOOK);

                assertThat(invalid.status()).as(invalid.says("well-formed JSON that breaks the schema: 422")).isEqualTo(422);
                assertThat(violations(invalid)).as(invalid.says("'errors' lists every violation with pointer and code"))
                        .containsExactlyElementsOf(BAD_BOOK_VIOLATIONS);
                HttpReply list = api.get("/books");
                assertThat(list.json().path("data").size()).as(list.says("a refused book is not stored")).isZero();
            }
        }

        @Test
        void a_valid_body_is_stored_and_answered_201() {
            try (Api api = Api.serve(new BookValidationApi().router())) {
                HttpReply created = api.json("POST", "/books", "{\"title\":\"Dune\",\"year\":1965,\"format\":\"paperback\"}");

                assertThat(created.status()).as(created.says("a valid book: 201")).isEqualTo(201);
                assertThat(created.header("Location")).as(created.says("with its Location")).isEqualTo("/books/1");
                assertThat(created.json()).as(created.says("the stored book, with its id"))
                        .isEqualTo(json("{\"id\":1,\"title\":\"Dune\",\"year\":1965,\"format\":\"paperback\"}"));
            }
        }

        @Test
        void malformed_json_is_400_not_422() {
            try (Api api = Api.serve(new BookValidationApi().router())) {
                HttpReply malformed = api.json("POST", "/books", "{\"title\": \"Dune\"");

                assertThat(malformed.status()).as(malformed.says("no JSON, nothing to validate: 400")).isEqualTo(400);
            }
        }

        @Test
        void query_parameters_are_coerced_before_use() {
            try (Api api = Api.serve(new BookValidationApi().router())) {
                api.json("POST", "/books", "{\"title\":\"A Wizard of Earthsea\",\"year\":1968,\"format\":\"paperback\"}");
                api.json("POST", "/books", "{\"title\":\"Dune\",\"year\":1965,\"format\":\"paperback\"}");
                api.json("POST", "/books", "{\"title\":\"Do Androids Dream of Electric Sheep?\",\"year\":1968,\"format\":\"ebook\"}");

                HttpReply found = api.get("/books?year=1968&limit=1");

                assertThat(found.status()).as(found.says("a valid query: 200")).isEqualTo(200);
                assertThat(found.json().path("query")).as(found.says("the query, coerced: numbers, not strings"))
                        .isEqualTo(json("{\"year\":1968,\"limit\":1}"));
                assertThat(found.json().path("data").size()).as(found.says("limit=1")).isEqualTo(1);
                assertThat(found.json().path("data").path(0).path("title").asText()).as(found.says("the first 1968 book"))
                        .isEqualTo("A Wizard of Earthsea");
            }
        }

        @Test
        void an_invalid_query_is_400_listing_every_violation() {
            try (Api api = Api.serve(new BookValidationApi().router())) {
                HttpReply invalid = api.get("/books?year=later&limit=500&q=a&sort=title");

                assertThat(invalid.status()).as(invalid.says("a query that breaks its schema: 400, not 422")).isEqualTo(400);
                assertThat(violations(invalid)).as(invalid.says("every query violation, unknown parameters included"))
                        .containsExactly("/year invalid_type", "/limit too_big", "/q too_small", "/sort unknown_key");
            }
        }
    }
}
