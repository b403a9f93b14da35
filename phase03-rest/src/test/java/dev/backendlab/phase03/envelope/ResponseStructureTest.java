package dev.backendlab.phase03.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.support.Api;
import dev.backendlab.web.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 3, title = "Response structure", topics = {"Request & Response Structure"})
@DisplayName("Exercise 3: Response structure")
class ResponseStructureTest {

    private BookCatalogue catalogue;
    private Api api;

    @BeforeEach
    void serve() {
        catalogue = new BookCatalogue();
        catalogue.add("Dune", "Frank Herbert", 1965);                              // 1, author 1
        catalogue.add("A Wizard of Earthsea", "Ursula K. Le Guin", 1968);          // 2, author 2
        catalogue.add("Neuromancer", "William Gibson", 1984);                      // 3, author 3
        catalogue.add("The Left Hand of Darkness", "Ursula K. Le Guin", 1969);     // 4
        catalogue.add("Count Zero", "William Gibson", 1986);                       // 5
        catalogue.add("The Dispossessed", "Ursula K. Le Guin", 1974);              // 6
        catalogue.add("Snow Crash", "Neal Stephenson", 1992);                      // 7, author 4
        api = Api.serve(new CatalogueApi(catalogue).router());
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

    private HttpReply ok(String path) {
        HttpReply reply = api.get(path);
        assertThat(reply.status()).as(reply.says("GET " + path + ": 200")).isEqualTo(200);
        assertThat(reply.header("Content-Type")).as(reply.says("every body here is application/json")).isEqualTo("application/json");
        return reply;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Long> ids(HttpReply reply) {
        List<Long> ids = new ArrayList<>();
        reply.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    @Test
    void a_collection_is_data_meta_and_links_and_nothing_else() {
        HttpReply books = ok("/books");

        assertThat(names(books.json())).as(books.says("a collection's body has exactly data, meta and links"))
                .containsExactlyInAnyOrder("data", "meta", "links");
        assertThat(ids(books)).as(books.says("data holds the items, in id order")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(books.json().path("meta")).as(books.says("meta: total, page, limit (defaults 1 and 10)"))
                .isEqualTo(json("{\"total\":7,\"page\":1,\"limit\":10}"));
    }

    @Test
    void the_links_of_a_middle_page_lead_everywhere_a_client_may_go() {
        HttpReply middle = ok("/books?page=2&limit=3");

        assertThat(ids(middle)).as(middle.says("page 2 of 3")).containsExactly(4L, 5L, 6L);
        assertThat(middle.json().path("meta")).as(middle.says("meta of page 2"))
                .isEqualTo(json("{\"total\":7,\"page\":2,\"limit\":3}"));
        assertThat(middle.json().path("links")).as(middle.says("self, first, last, prev and next"))
                .isEqualTo(json("{\"self\":\"/books?page=2&limit=3\",\"first\":\"/books?page=1&limit=3\","
                        + "\"last\":\"/books?page=3&limit=3\",\"prev\":\"/books?page=1&limit=3\",\"next\":\"/books?page=3&limit=3\"}"));
    }

    @Test
    void the_first_page_has_no_prev_and_the_last_no_next() {
        HttpReply first = ok("/books?limit=3");
        HttpReply last = ok("/books?page=3&limit=3");

        assertThat(names(first.json().path("links"))).as(first.says("no prev on page 1: leave it out, do not send null"))
                .containsExactlyInAnyOrder("self", "first", "last", "next");
        assertThat(names(last.json().path("links"))).as(last.says("no next on the last page: leave it out"))
                .containsExactlyInAnyOrder("self", "first", "last", "prev");
        assertThat(ids(last)).as(last.says("the last page holds the rest")).containsExactly(7L);
    }

    @Test
    void a_single_item_is_sent_plain_without_an_envelope() {
        HttpReply book = ok("/books/2");
        HttpReply author = ok("/authors/2");

        assertThat(book.json()).as(book.says("a single book is the book itself, not {\"data\": book}"))
                .isEqualTo(json("{\"id\":2,\"title\":\"A Wizard of Earthsea\",\"author\":\"Ursula K. Le Guin\",\"year\":1968}"));
        assertThat(author.json()).as(author.says("a single author, plain too"))
                .isEqualTo(json("{\"id\":2,\"name\":\"Ursula K. Le Guin\"}"));
    }

    @Test
    void every_collection_uses_the_same_envelope() {
        HttpReply authors = ok("/authors?limit=2");

        assertThat(names(authors.json())).as(authors.says("/authors is enveloped exactly like /books"))
                .containsExactlyInAnyOrder("data", "meta", "links");
        assertThat(authors.json()).as(authors.says("authors, numbered in order of their first book"))
                .isEqualTo(json("{\"data\":[{\"id\":1,\"name\":\"Frank Herbert\"},{\"id\":2,\"name\":\"Ursula K. Le Guin\"}],"
                        + "\"meta\":{\"total\":4,\"page\":1,\"limit\":2},"
                        + "\"links\":{\"self\":\"/authors?page=1&limit=2\",\"first\":\"/authors?page=1&limit=2\","
                        + "\"last\":\"/authors?page=2&limit=2\",\"next\":\"/authors?page=2&limit=2\"}}"));
    }

    @Test
    void a_nested_collection_is_enveloped_with_links_under_its_own_path() {
        HttpReply theirs = ok("/authors/2/books?limit=2");

        assertThat(ids(theirs)).as(theirs.says("Le Guin's books, first page of 2")).containsExactly(2L, 4L);
        assertThat(theirs.json().path("meta")).as(theirs.says("meta counts only this author's books"))
                .isEqualTo(json("{\"total\":3,\"page\":1,\"limit\":2}"));
        assertThat(theirs.json().path("links").path("next").asText()).as(theirs.says("links stay under /authors/2/books"))
                .isEqualTo("/authors/2/books?page=2&limit=2");
    }

    @Test
    void an_empty_collection_still_has_the_whole_envelope() {
        Api empty = Api.serve(new CatalogueApi(new BookCatalogue()).router());
        try (empty) {
            HttpReply none = empty.get("/books");

            assertThat(none.status()).as(none.says("an empty collection is 200, not 404 or 204")).isEqualTo(200);
            assertThat(none.json()).as(none.says("data is [] (never null or missing), last is page 1"))
                    .isEqualTo(json("{\"data\":[],\"meta\":{\"total\":0,\"page\":1,\"limit\":10},"
                            + "\"links\":{\"self\":\"/books?page=1&limit=10\",\"first\":\"/books?page=1&limit=10\","
                            + "\"last\":\"/books?page=1&limit=10\"}}"));
        }
    }

    @Test
    void errors_are_never_wrapped_in_the_envelope() {
        HttpReply missing = api.get("/books/99");
        HttpReply nobody = api.get("/authors/9/books");
        HttpReply badLimit = api.get("/books?limit=0");

        assertThat(missing.status()).as(missing.says("an unknown book: 404")).isEqualTo(404);
        assertThat(nobody.status()).as(nobody.says("the books of an unknown author: 404, not an empty page")).isEqualTo(404);
        assertThat(badLimit.status()).as(badLimit.says("limit below 1: 400")).isEqualTo(400);
        for (HttpReply error : List.of(missing, nobody, badLimit)) {
            assertThat(error.json().has("data")).as(error.says("an error body is not a collection: no 'data'")).isFalse();
        }
    }

    @Test
    void a_page_past_the_end_is_empty_and_its_prev_points_to_the_last_page() {
        Envelope envelope = Envelope.page(List.of("a", "b", "c", "d", "e"), 9, 2, "/letters");

        assertThat(envelope.data()).as("page 9 of 3 has no items").isEmpty();
        assertThat(envelope.meta()).as("meta tells the truth about the collection").isEqualTo(new Envelope.Meta(5, 9, 2));
        assertThat(envelope.links()).as("prev leads back to the last page that has items, not to page 8")
                .isEqualTo(new Envelope.Links("/letters?page=9&limit=2", "/letters?page=1&limit=2",
                        "/letters?page=3&limit=2", "/letters?page=3&limit=2", null));
    }
}
