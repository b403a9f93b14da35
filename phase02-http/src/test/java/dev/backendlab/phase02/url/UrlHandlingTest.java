package dev.backendlab.phase02.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 2, title = "URL handling", topics = {"URL Handling"})
@DisplayName("Exercise 2: URL handling")
class UrlHandlingTest {

    static final String README = " (README, Exercise 2: URL handling)";

    static RequestTarget parse(String target) {
        try {
            return RequestTarget.parse(target);
        } catch (InvalidUrlException e) {
            throw new AssertionError("RequestTarget.parse(\"" + target + "\") refused a valid target: " + e.getMessage() + README, e);
        }
    }

    static void assertRefused(String description, Runnable call) {
        try {
            call.run();
        } catch (InvalidUrlException expected) {
            return;
        }
        fail("%s must be refused with InvalidUrlException (the server answers 400), but it was accepted%s", description, README);
    }

    @Nested
    @DisplayName("request targets")
    class Targets {

        @Test
        void origin_form_splits_into_segments_and_a_raw_query() {
            assertThat(parse("/users/42/orders?status=open&page=2"))
                    .isEqualTo(new RequestTarget(null, null, List.of("users", "42", "orders"), "status=open&page=2"));
        }

        @Test
        void the_root_is_one_empty_segment_and_a_bare_question_mark_an_empty_query() {
            assertThat(parse("/").segments()).as("'/' has one empty segment").containsExactly("");
            assertThat(parse("/").rawQuery()).as("no '?' means no query: null").isNull();
            assertThat(parse("/a/?").rawQuery()).as("a bare '?' is an empty query").isEqualTo("");
            assertThat(parse("/a/?").segments()).as("a trailing slash leaves an empty last segment").containsExactly("a", "");
        }

        @Test
        void absolute_form_gives_scheme_authority_and_path() {
            assertThat(parse("HTTP://Example.test:8080/a/b?x=1"))
                    .as("absolute-form, as a client sends to a proxy; the scheme is case-insensitive, so lower-cased")
                    .isEqualTo(new RequestTarget("http", "Example.test:8080", List.of("a", "b"), "x=1"));
            assertThat(parse("https://example.test"))
                    .as("an empty path in absolute-form is the root")
                    .isEqualTo(new RequestTarget("https", "example.test", List.of(""), null));
            assertThat(parse("http://example.test?q=1"))
                    .isEqualTo(new RequestTarget("http", "example.test", List.of(""), "q=1"));
        }

        @Test
        void segments_are_percent_decoded_as_utf8() {
            assertThat(parse("/caf%C3%A9/a%20b/%E2%82%AC").segments())
                    .as("%C3%A9 is the two UTF-8 bytes of \u00e9, %E2%82%AC the three of \u20ac")
                    .containsExactly("caf\u00e9", "a b", "\u20ac");
        }

        @Test
        void an_encoded_slash_stays_inside_its_segment() {
            assertThat(parse("/files/a%2Fb/c%2fd").segments())
                    .as("%2F is a '/' that is data, not a separator: split the path before decoding the segments")
                    .containsExactly("files", "a/b", "c/d");
        }

        @Test
        void a_plus_in_a_path_is_a_plus() {
            assertThat(parse("/c++/a+b").segments())
                    .as("'+' means space only in form data (the query), never in a path")
                    .containsExactly("c++", "a+b");
        }

        @Test
        void the_query_is_left_encoded() {
            assertThat(parse("/s?q=a%20b+c&x=%2F").rawQuery()).isEqualTo("q=a%20b+c&x=%2F");
        }
    }

    static Stream<Arguments> dotSegments() {
        return Stream.of(
                Arguments.of("/a/b/../c", List.of("a", "c")),
                Arguments.of("/a/./b", List.of("a", "b")),
                Arguments.of("/static/../../../etc/passwd", List.of("etc", "passwd")),
                Arguments.of("/a/b/..", List.of("a", "")),
                Arguments.of("/a/b/.", List.of("a", "b", "")),
                Arguments.of("/..", List.of("")),
                Arguments.of("/a/%2e%2E/b", List.of("b")),
                Arguments.of("/a/.%2e/%2E/b", List.of("b")),
                Arguments.of("/a//b", List.of("a", "", "b")),
                Arguments.of("/a/..b/.c", List.of("a", "..b", ".c")));
    }

    @ParameterizedTest(name = "dot segments: {0} has segments {1}")
    @MethodSource("dotSegments")
    void removes_dot_segments(String target, List<String> expected) {
        assertThat(parse(target).segments())
                .as("RFC 3986 section 5.2.4: '.' is removed, '..' removes the segment before it and never climbs "
                        + "above the root; %%2e is a dot too. Target: %s", target)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "refuses the target {0}")
    @ValueSource(strings = {"/a%zz", "/a%2", "/a%", "/%C3", "/%FF%FE", "/a#fragment", "a/b", "ftp://host/x",
            "http://", "http:/x", "*"})
    void refuses_invalid_targets(String target) {
        assertRefused("the target \"" + target + "\"", () -> RequestTarget.parse(target));
    }

    @Nested
    @DisplayName("query parameters")
    class Query {

        @Test
        void repeated_names_keep_every_value_in_order() {
            QueryParams params = QueryParams.parse("tag=a&page=2&tag=b&tag=c");

            assertThat(params.get("tag")).as("get returns the first value").isEqualTo("a");
            assertThat(params.getAll("tag")).as("getAll returns every value in order").containsExactly("a", "b", "c");
            assertThat(params.entries()).as("entries keep the order of the query")
                    .containsExactly(Map.entry("tag", "a"), Map.entry("page", "2"), Map.entry("tag", "b"), Map.entry("tag", "c"));
        }

        @Test
        void empty_values_names_without_equals_and_empty_pairs() {
            QueryParams params = QueryParams.parse("?&a=&b&&c=1&=x&");

            assertThat(params.entries())
                    .as("'a=' and 'b' have empty values, '=x' has an empty name, empty pairs between '&'s are skipped, "
                            + "and a leading '?' is ignored")
                    .containsExactly(Map.entry("a", ""), Map.entry("b", ""), Map.entry("c", "1"), Map.entry("", "x"));
        }

        @Test
        void plus_is_a_space_and_escapes_are_utf8() {
            QueryParams params = QueryParams.parse("q=hello+world%21&name=J%C3%BCrgen&sum=1%2B1&amp=a%26b%3Dc");

            assertThat(params.get("q")).as("in form data '+' is a space").isEqualTo("hello world!");
            assertThat(params.get("name")).isEqualTo("J\u00fcrgen");
            assertThat(params.get("sum")).as("an encoded plus (%%2B) is a plus").isEqualTo("1+1");
            assertThat(params.get("amp")).as("decode after splitting: %%26 and %%3D are data").isEqualTo("a&b=c");
        }

        @Test
        void splits_a_pair_on_its_first_equals_sign() {
            assertThat(QueryParams.parse("expr=a=b=c").get("expr")).isEqualTo("a=b=c");
        }

        @Test
        void missing_names() {
            QueryParams params = QueryParams.parse("a=1");

            assertThat(params.has("a")).isTrue();
            assertThat(params.has("A")).as("names are case-sensitive").isFalse();
            assertThat(params.get("missing")).as("get of a missing name is null, like URLSearchParams").isNull();
            assertThat(params.getAll("missing")).as("getAll of a missing name is an empty list").isEmpty();
            assertThat(QueryParams.parse(null).entries()).as("a null query has no pairs").isEmpty();
        }

        @Test
        void append_set_and_delete_like_url_search_params() {
            QueryParams params = QueryParams.parse("a=1&b=2&a=3&c=4");

            params.append("b", "5");
            assertThat(params.getAll("b")).as("append adds a pair at the end").containsExactly("2", "5");
            params.set("a", "9");
            assertThat(params.entries()).as("set replaces the first 'a' in place and removes the other 'a'")
                    .containsExactly(Map.entry("a", "9"), Map.entry("b", "2"), Map.entry("c", "4"), Map.entry("b", "5"));
            params.set("d", "new");
            params.delete("b");
            assertThat(params.entries()).as("set of a new name appends; delete removes every 'b'")
                    .containsExactly(Map.entry("a", "9"), Map.entry("c", "4"), Map.entry("d", "new"));
        }

        @Test
        void serializes_as_form_data() {
            QueryParams params = new QueryParams();
            params.append("q", "a b&c=d/\u00e9*");
            params.append("safe", "AZaz09-._*");
            params.append("plus", "1+1");

            assertThat(params.toString())
                    .as("form encoding: space is '+', letters, digits and *-._ stay, every other UTF-8 byte is %%XX in upper case")
                    .isEqualTo("q=a+b%26c%3Dd%2F%C3%A9*&safe=AZaz09-._*&plus=1%2B1");
        }

        @Test
        void parse_reads_back_what_to_string_writes() {
            QueryParams params = new QueryParams();
            params.append("na me", "v&l=u+e\u20ac");
            params.append("", "");
            params.append("na me", "%");

            assertThat(QueryParams.parse(params.toString()).entries()).as("round trip through %s", params.toString())
                    .containsExactly(Map.entry("na me", "v&l=u+e\u20ac"), Map.entry("", ""), Map.entry("na me", "%"));
        }

        @ParameterizedTest(name = "refuses the query {0}")
        @ValueSource(strings = {"a=%zz", "a=%4", "%=1", "a=%C3%28"})
        void refuses_invalid_escapes(String query) {
            assertRefused("the query \"" + query + "\"", () -> QueryParams.parse(query));
        }
    }
}
