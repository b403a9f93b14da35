package dev.backendlab.phase03.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.support.Api;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 2, title = "Query operations", topics = {"Pagination / Filtering / Sorting / Search"})
@DisplayName("Exercise 2: Query operations")
class QueryOperationsTest {

    private static final byte[] KEY = "phase03-cursor-key-for-the-tests".getBytes(StandardCharsets.UTF_8);
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?");

    private BookCatalogue catalogue;
    private Api api;

    @BeforeEach
    void serve() {
        catalogue = new BookCatalogue();
        catalogue.add("Dune", "Frank Herbert", 1965);                                    // 1
        catalogue.add("A Wizard of Earthsea", "Ursula K. Le Guin", 1968);                // 2
        catalogue.add("Do Androids Dream of Electric Sheep?", "Philip K. Dick", 1968);   // 3
        catalogue.add("The Left Hand of Darkness", "Ursula K. Le Guin", 1969);           // 4
        catalogue.add("The Dispossessed", "Ursula K. Le Guin", 1974);                    // 5
        catalogue.add("Neuromancer", "William Gibson", 1984);                            // 6
        catalogue.add("Snow Crash", "Neal Stephenson", 1992);                            // 7
        catalogue.add("The Three-Body Problem", "Cixin Liu", 2008);                      // 8
        catalogue.add("Anathem", "Neal Stephenson", 2008);                               // 9
        catalogue.add("Leviathan Wakes", "James S. A. Corey", 2011);                     // 10
        catalogue.add("Ancillary Justice", "Ann Leckie", 2013);                          // 11
        catalogue.add("The Fifth Season", "N. K. Jemisin", 2015);                        // 12
        api = Api.serve(new BookQueries(catalogue, new SignedCursor(KEY)).router());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** {@code /books?name=value&...}, percent-encoded as a client library would. */
    private static String books(String... params) {
        return path("/books", params);
    }

    private static String path(String base, String... params) {
        StringBuilder path = new StringBuilder(base);
        for (int i = 0; i < params.length; i += 2) {
            path.append(i == 0 ? '?' : '&').append(URLEncoder.encode(params[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    private static HttpReply ok(HttpReply reply, String what) {
        assertThat(reply.status()).as(reply.says(what + ": 200")).isEqualTo(200);
        return reply;
    }

    private static List<Long> ids(HttpReply reply) {
        JsonNode data = reply.json().path("data");
        assertThat(data.isArray()).as(reply.says("the books are in the 'data' array")).isTrue();
        List<Long> ids = new ArrayList<>();
        data.forEach(book -> ids.add(book.path("id").asLong()));
        return ids;
    }

    /** rel to target of every Link header value (RFC 8288), whether sent as one header or several. */
    private static Map<String, String> links(HttpReply reply) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String header : reply.headers("Link")) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }

    /** A link target as a path and query on the test server, whether the API sent it relative or absolute. */
    private static String pathOf(String target) {
        URI uri = URI.create(target);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static void assertBadRequestNaming(HttpReply reply, String requirement, String named) {
        assertThat(reply.status()).as(reply.says(requirement + ": 400 Bad Request")).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).as(reply.says("the message names '" + named + "'")).contains(named);
    }

    @Test
    void without_parameters_the_first_page_of_ten_comes_with_its_metadata() {
        HttpReply first = ok(api.get("/books"), "GET /books");

        assertThat(ids(first)).as(first.says("default page 1, default limit 10, in id order"))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(first.json().path("meta").toString()).as(first.says("meta describes the page"))
                .isEqualTo("{\"page\":1,\"limit\":10,\"total\":12,\"totalPages\":2}");
    }

    @Test
    void page_and_limit_select_a_slice_and_a_page_past_the_end_is_empty() {
        HttpReply third = ok(api.get(books("page", "3", "limit", "5")), "page 3 of 5");
        HttpReply past = ok(api.get(books("page", "4", "limit", "5")), "a page past the end");

        assertThat(ids(third)).as(third.says("page 3 with limit 5 holds books 11 and 12")).containsExactly(11L, 12L);
        assertThat(third.json().path("meta").toString()).as(third.says("meta of page 3"))
                .isEqualTo("{\"page\":3,\"limit\":5,\"total\":12,\"totalPages\":3}");
        assertThat(ids(past)).as(past.says("a page past the end is an empty page, not an error")).isEmpty();
    }

    @Test
    void a_limit_over_the_maximum_or_a_page_below_one_is_400() {
        HttpReply tooMany = api.get(books("limit", "101"));
        HttpReply zero = api.get(books("page", "0"));
        HttpReply word = api.get(books("limit", "ten"));

        assertBadRequestNaming(tooMany, "limit is at most 100, so a client cannot ask for the whole table", "limit");
        assertBadRequestNaming(zero, "pages count from 1", "page");
        assertBadRequestNaming(word, "limit must be an integer", "limit");
    }

    @Test
    void link_headers_point_to_the_next_and_previous_pages() {
        HttpReply first = ok(api.get(books("limit", "5")), "page 1");
        HttpReply middle = ok(api.get(books("page", "2", "limit", "5")), "page 2");
        HttpReply last = ok(api.get(books("page", "3", "limit", "5")), "page 3");

        assertThat(links(first)).as(first.says("page 1 has a next link and no prev (RFC 8288 Link header)"))
                .containsKey("next").doesNotContainKey("prev");
        assertThat(links(middle)).as(middle.says("page 2 has both next and prev")).containsKeys("next", "prev");
        assertThat(links(last)).as(last.says("the last page has a prev link and no next"))
                .containsKey("prev").doesNotContainKey("next");
        HttpReply back = ok(api.get(pathOf(links(middle).get("prev"))), "following rel=prev");
        assertThat(ids(back)).as(back.says("prev of page 2 is page 1")).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void following_next_links_visits_every_match_once_keeping_filters_and_sort() {
        List<Long> seen = new ArrayList<>();
        String next = books("year[gte]", "1968", "sort", "-year", "limit", "3");
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("following rel=next should end after 4 pages, is it looping? seen " + seen).isLessThan(5);
            HttpReply page = ok(api.get(next), "following rel=next");
            seen.addAll(ids(page));
            String target = links(page).get("next");
            next = target == null ? null : pathOf(target);
        }

        assertThat(seen).as("the next links must keep year[gte]=1968 and sort=-year, and together list each match once")
                .containsExactly(12L, 11L, 10L, 8L, 9L, 7L, 6L, 5L, 4L, 2L, 3L);
    }

    @Test
    void filters_with_operators_keep_only_matching_books() {
        HttpReply recent = ok(api.get(books("year[gte]", "2000")), "year[gte]=2000");
        HttpReply range = ok(api.get(books("year[gt]", "1965", "year[lt]", "1970")), "year[gt]=1965&year[lt]=1970");
        HttpReply author = ok(api.get(books("author", "Neal Stephenson")), "author=Neal Stephenson");
        HttpReply notThatYear = ok(api.get(books("year[ne]", "1968", "author", "Ursula K. Le Guin")), "year[ne] with author");

        assertThat(ids(recent)).as(recent.says("year >= 2000")).containsExactly(8L, 9L, 10L, 11L, 12L);
        assertThat(ids(range)).as(range.says("1965 < year < 1970: every filter must hold")).containsExactly(2L, 3L, 4L);
        assertThat(ids(author)).as(author.says("an exact author")).containsExactly(7L, 9L);
        assertThat(ids(notThatYear)).as(notThatYear.says("Le Guin, not 1968")).containsExactly(4L, 5L);
    }

    @Test
    void an_unknown_operator_or_a_non_integer_year_is_400() {
        assertBadRequestNaming(api.get(books("year[like]", "19")), "year takes eq, ne, gt, gte, lt, lte", "like");
        assertBadRequestNaming(api.get(books("year[gte]", "nineteen")), "a year is an integer", "year");
    }

    @Test
    void sort_takes_several_keys_each_with_its_own_direction() {
        HttpReply sorted = ok(api.get(books("sort", "-year,title", "limit", "20")), "sort=-year,title");

        assertThat(ids(sorted)).as(sorted.says("newest first, then by title within a year (2008: Anathem before The Three-Body Problem)"))
                .containsExactly(12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 2L, 3L, 1L);
    }

    @Test
    void books_equal_on_every_sort_key_keep_id_order() {
        HttpReply sorted = ok(api.get(books("sort", "-year", "limit", "20")), "sort=-year");

        assertThat(ids(sorted)).as(sorted.says("a stable sort: 8 before 9 (both 2008) and 2 before 3 (both 1968), "
                        + "even though the year is descending; reverse each key, not the whole comparator"))
                .containsExactly(12L, 11L, 10L, 8L, 9L, 7L, 6L, 5L, 4L, 2L, 3L, 1L);
    }

    @Test
    void sorting_by_an_unknown_field_is_400() {
        assertBadRequestNaming(api.get(books("sort", "-rating")), "sort takes id, title, author, year", "rating");
    }

    @Test
    void search_matches_title_or_author_ignoring_case() {
        HttpReply author = ok(api.get(books("q", "LE GUIN")), "q=LE GUIN");
        HttpReply title = ok(api.get(books("q", "dark")), "q=dark");
        HttpReply both = ok(api.get(books("q", "neal", "year[lt]", "2000")), "q with a filter");

        assertThat(ids(author)).as(author.says("'LE GUIN' matches the author Ursula K. Le Guin")).containsExactly(2L, 4L, 5L);
        assertThat(ids(title)).as(title.says("'dark' matches The Left Hand of Darkness")).containsExactly(4L);
        assertThat(ids(both)).as(both.says("search and filters together")).containsExactly(7L);
    }

    @Test
    void an_unknown_query_parameter_is_400_naming_it() {
        HttpReply colour = api.get(books("colour", "red"));
        HttpReply typo = api.get(books("pgae", "2"));

        assertBadRequestNaming(colour, "a parameter the API does not know is a client bug worth reporting", "colour");
        assertBadRequestNaming(typo, "a misspelt page must not be silently ignored", "pgae");
    }

    @Test
    void the_feed_lists_newest_first_with_a_cursor_to_the_next_page() {
        HttpReply first = ok(api.get(path("/books/feed", "limit", "5")), "GET /books/feed?limit=5");

        assertThat(ids(first)).as(first.says("newest first")).containsExactly(12L, 11L, 10L, 9L, 8L);
        String cursor = first.json().path("meta").path("nextCursor").asText();
        assertThat(cursor).as(first.says("meta.nextCursor is a non-empty string when more books follow")).isNotBlank();
        assertThat(links(first).get("next")).as(first.says("a Link rel=next carries the cursor")).contains(cursor);
        HttpReply second = ok(api.get(path("/books/feed", "limit", "5", "cursor", cursor)), "the second page");
        assertThat(ids(second)).as(second.says("the page after the cursor")).containsExactly(7L, 6L, 5L, 4L, 3L);
    }

    @Test
    void the_last_feed_page_has_a_null_cursor_and_no_next_link() {
        HttpReply first = ok(api.get(path("/books/feed", "limit", "8")), "the first page");
        String cursor = first.json().path("meta").path("nextCursor").asText();
        HttpReply last = ok(api.get(path("/books/feed", "limit", "8", "cursor", cursor)), "the last page");

        assertThat(ids(last)).as(last.says("the rest")).containsExactly(4L, 3L, 2L, 1L);
        assertThat(last.json().path("meta").path("nextCursor").isNull())
                .as(last.says("meta.nextCursor is null on the last page")).isTrue();
        assertThat(links(last)).as(last.says("no rel=next on the last page")).doesNotContainKey("next");
    }

    @Test
    void books_added_between_pages_make_the_feed_neither_repeat_nor_skip() {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages == 0 || cursor != null; pages++) {
            assertThat(pages).as("the feed should end after 4 pages of 3, seen " + seen).isLessThan(5);
            HttpReply page = ok(api.get(cursor == null ? path("/books/feed", "limit", "3")
                    : path("/books/feed", "limit", "3", "cursor", cursor)), "a feed page");
            seen.addAll(ids(page));
            JsonNode next = page.json().path("meta").path("nextCursor");
            cursor = next.isTextual() ? next.asText() : null;
            catalogue.add("Written while you read, part " + pages, "Someone New", 2024);
        }

        assertThat(seen).as("new books land at the top; a cursor (not an offset) keeps them from pushing "
                        + "books already seen onto the next page")
                .containsExactly(12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void a_tampered_cursor_is_400() {
        String cursor = ok(api.get(path("/books/feed", "limit", "5")), "the first page")
                .json().path("meta").path("nextCursor").asText();

        for (int at : new int[] {0, cursor.length() / 2}) {
            char changed = cursor.charAt(at) == 'A' ? 'B' : 'A';
            String tampered = cursor.substring(0, at) + changed + cursor.substring(at + 1);
            HttpReply reply = api.get(path("/books/feed", "cursor", tampered));
            assertBadRequestNaming(reply, "a cursor with character " + at + " changed fails its signature check", "cursor");
        }
        assertBadRequestNaming(api.get(path("/books/feed", "cursor", "not-a-cursor")), "garbage is not a cursor", "cursor");
    }

    @Test
    void a_cursor_signed_with_another_key_is_400() {
        BookQueries other = new BookQueries(catalogue, new SignedCursor("another-server's-key".getBytes(StandardCharsets.UTF_8)));
        try (Api elsewhere = Api.serve(other.router())) {
            String foreign = ok(elsewhere.get(path("/books/feed", "limit", "5")), "another server's feed")
                    .json().path("meta").path("nextCursor").asText();

            assertBadRequestNaming(api.get(path("/books/feed", "cursor", foreign)),
                    "a well-formed cursor signed with another key is not this server's", "cursor");
        }
    }

    @Test
    void a_cursor_round_trips_and_is_url_safe() {
        SignedCursor cursors = new SignedCursor(KEY);

        String cursor = cursors.encode(9_007_199_254_740_993L);

        assertThat(cursors.decode(cursor)).as("decode(encode(id)) is id").isEqualTo(9_007_199_254_740_993L);
        assertThat(cursor).as("a cursor goes into a query string as it is: no +, / or =").matches("[A-Za-z0-9_.~-]+");
        assertThat(cursor).as("a cursor is opaque: the id must not be readable in it").doesNotContain("9007199254740993");
    }
}
