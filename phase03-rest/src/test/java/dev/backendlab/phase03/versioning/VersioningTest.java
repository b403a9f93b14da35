package dev.backendlab.phase03.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.support.Api;
import dev.backendlab.web.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 7, title = "Versioning", topics = {"Versioning"})
@DisplayName("Exercise 7: Versioning")
class VersioningTest {

    private static final String V1_TYPE = "application/vnd.backendlab.book.v1+json";
    private static final String V2_TYPE = "application/vnd.backendlab.book.v2+json";
    private static final String DUNE_V1 = "{\"id\":1,\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1965}";
    private static final String DUNE_V2 = "{\"id\":1,\"title\":\"Dune\",\"authors\":[{\"name\":\"Frank Herbert\"}],\"year\":1965}";

    private Api api;

    @BeforeEach
    void serve() {
        BookCatalogue catalogue = new BookCatalogue();
        catalogue.add("Dune", "Frank Herbert", 1965);
        catalogue.add("Beowulf", null, 1000);
        api = Api.serve(new VersionedBooksApi(catalogue).router());
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

    private static HttpReply ok(HttpReply reply) {
        assertThat(reply.status()).as(reply.says("200")).isEqualTo(200);
        return reply;
    }

    @Test
    void v1_and_v2_of_the_same_book_differ_in_the_authors_shape() {
        HttpReply v1 = ok(api.get("/v1/books/1"));
        HttpReply v2 = ok(api.get("/v2/books/1"));

        assertThat(v1.json()).as(v1.says("v1: author is a string")).isEqualTo(json(DUNE_V1));
        assertThat(v2.json()).as(v2.says("v2: authors is an array of objects")).isEqualTo(json(DUNE_V2));
        assertThat(v1.header("Content-Type")).as(v1.says("a path-versioned response is application/json")).isEqualTo("application/json");
    }

    @Test
    void a_book_without_an_author_has_an_empty_authors_array_in_v2() {
        Book beowulf = new Book(2, "Beowulf", null, 1000);

        assertThat(json(VersionedBooksApi.represent(beowulf, ApiVersion.V2).toString())).as("v2 always has 'authors', [] when unknown")
                .isEqualTo(json("{\"id\":2,\"title\":\"Beowulf\",\"authors\":[],\"year\":1000}"));
        assertThat(json(VersionedBooksApi.represent(beowulf, ApiVersion.V1).toString())).as("v1 leaves 'author' out")
                .isEqualTo(json("{\"id\":2,\"title\":\"Beowulf\",\"year\":1000}"));
    }

    @Test
    void collections_are_versioned_too() {
        HttpReply v1 = ok(api.get("/v1/books"));
        HttpReply v2 = ok(api.get("/v2/books"));

        assertThat(v1.json()).as(v1.says("the v1 list")).isEqualTo(json("[" + DUNE_V1 + ",{\"id\":2,\"title\":\"Beowulf\",\"year\":1000}]"));
        assertThat(v2.json()).as(v2.says("the v2 list")).isEqualTo(json("[" + DUNE_V2 + ",{\"id\":2,\"title\":\"Beowulf\",\"authors\":[],\"year\":1000}]"));
    }

    @Test
    void v1_responses_announce_deprecation_sunset_and_successor() {
        HttpReply v1 = ok(api.get("/v1/books/1"));

        assertThat(v1.header("Deprecation")).as(v1.says("RFC 9745: Deprecation is @ and the epoch seconds of 2026-01-01T00:00:00Z"))
                .isEqualTo("@1767225600");
        assertThat(v1.header("Sunset")).as(v1.says("RFC 8594: Sunset is an HTTP-date"))
                .isEqualTo("Thu, 31 Dec 2026 23:59:59 GMT");
        assertThat(v1.header("Link")).as(v1.says("a link to the same resource in the current version"))
                .isEqualTo("</v2/books/1>; rel=\"successor-version\"");
    }

    @Test
    void v2_responses_announce_nothing() {
        HttpReply v2 = ok(api.get("/v2/books/1"));

        assertThat(v2.header("Deprecation")).as(v2.says("v2 is current: no Deprecation")).isNull();
        assertThat(v2.header("Sunset")).as(v2.says("no Sunset")).isNull();
    }

    @Test
    void an_unknown_version_in_the_path_is_404_naming_the_versions() {
        HttpReply v3 = api.get("/v3/books/1");

        assertThat(v3.status()).as(v3.says("/v3 names nothing: 404")).isEqualTo(404);
        assertThat(v3.json().path("error").asText()).as(v3.says("the message lists the versions there are")).contains("v1", "v2");
    }

    @Test
    void the_accept_header_selects_a_version_by_media_type() {
        HttpReply v1 = ok(api.get("/books/1", "Accept", V1_TYPE));
        HttpReply v2 = ok(api.get("/books/1", "Accept", V2_TYPE + ", application/json;q=0.5"));

        assertThat(v1.json()).as(v1.says("the v1 media type selects v1")).isEqualTo(json(DUNE_V1));
        assertThat(v1.header("Content-Type")).as(v1.says("and the response says which version it is")).isEqualTo(V1_TYPE);
        assertThat(v1.header("Deprecation")).as(v1.says("v1 is deprecated however it was chosen")).isEqualTo("@1767225600");
        assertThat(v2.json()).as(v2.says("the v2 media type selects v2")).isEqualTo(json(DUNE_V2));
        assertThat(v2.header("Content-Type")).as(v2.says("Content-Type names v2")).isEqualTo(V2_TYPE);
    }

    @Test
    void without_a_version_the_current_one_is_served_and_varies_by_accept() {
        HttpReply plain = ok(api.get("/books/1"));
        HttpReply json = ok(api.get("/books/1", "Accept", "application/json"));

        assertThat(plain.json()).as(plain.says("no version asked: the current one, v2")).isEqualTo(json(DUNE_V2));
        assertThat(plain.header("Content-Type")).as(plain.says("as application/json")).isEqualTo("application/json");
        assertThat(plain.header("Vary")).as(plain.says("the body depends on Accept, so caches must key on it")).isEqualTo("Accept");
        assertThat(json.json()).as(json.says("Accept: application/json is the current version too")).isEqualTo(json(DUNE_V2));
    }

    @Test
    void an_unknown_media_type_version_is_406_naming_the_types() {
        HttpReply v3 = api.get("/books/1", "Accept", "application/vnd.backendlab.book.v3+json");

        assertThat(v3.status()).as(v3.says("no version has that media type: 406")).isEqualTo(406);
        assertThat(v3.json().path("error").asText()).as(v3.says("the message lists the media types there are")).contains(V1_TYPE, V2_TYPE);
    }

    @Test
    void an_unknown_book_is_404_in_every_version() {
        assertThat(api.get("/v1/books/99").status()).as("v1").isEqualTo(404);
        assertThat(api.get("/v2/books/99").status()).as("v2").isEqualTo(404);
        assertThat(api.get("/books/99", "Accept", V1_TYPE).status()).as("by media type").isEqualTo(404);
    }
}
