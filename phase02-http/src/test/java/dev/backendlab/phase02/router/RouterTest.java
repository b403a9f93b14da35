package dev.backendlab.phase02.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 5, title = "Router and methods", topics = {"Methods"})
@DisplayName("Exercise 5: Router and methods")
class RouterTest {

    static final String README = " (README, Exercise 5: Router and methods)";

    /** Segments as RequestTarget gives them: "/a/b" is [a, b], "/" is [""]. */
    static List<String> path(String path) {
        return Arrays.asList(path.substring(1).split("/", -1));
    }

    static RouteResult<String> route(Router<String> router, String method, String path) {
        return router.route(method, path(path));
    }

    static RouteResult.Matched<String> matched(String handler, Map<String, String> params, String pattern) {
        return new RouteResult.Matched<>(handler, params, pattern);
    }

    @Test
    void a_static_path_reaches_its_handler() {
        Router<String> router = new Router<String>().add("GET", "/health", "health").add("GET", "/", "home");

        assertThat(route(router, "GET", "/health")).isEqualTo(matched("health", Map.of(), "/health"));
        assertThat(route(router, "GET", "/")).as("the root pattern '/' matches the path '/'").isEqualTo(matched("home", Map.of(), "/"));
    }

    @Test
    void params_capture_one_segment_each_in_pattern_order() {
        Router<String> router = new Router<String>().add("GET", "/users/:userId/posts/:postId", "post");

        RouteResult<String> result = route(router, "GET", "/users/42/posts/7");

        assertThat(result).isEqualTo(matched("post", Map.of("userId", "42", "postId", "7"), "/users/:userId/posts/:postId"));
        assertThat(((RouteResult.Matched<String>) result).params().keySet()).containsExactly("userId", "postId");
    }

    @Test
    void a_param_holds_a_decoded_slash_and_never_an_empty_segment() {
        Router<String> router = new Router<String>().add("GET", "/files/:name", "file");

        assertThat(router.route("GET", List.of("files", "a/b.txt")))
                .as("the path /files/a%%2Fb.txt has one segment after 'files': 'a/b.txt'")
                .isEqualTo(matched("file", Map.of("name", "a/b.txt"), "/files/:name"));
        assertThat(route(router, "GET", "/files/")).as("':name' needs a non-empty segment: /files/ does not match")
                .isEqualTo(new RouteResult.NotFound<String>());
    }

    @Test
    void a_wildcard_captures_the_rest_of_the_path() {
        Router<String> router = new Router<String>().add("GET", "/static/*", "static");

        assertThat(route(router, "GET", "/static/css/site.css")).isEqualTo(matched("static", Map.of("*", "css/site.css"), "/static/*"));
        assertThat(route(router, "GET", "/static")).as("the rest may be empty").isEqualTo(matched("static", Map.of("*", ""), "/static/*"));
    }

    @Test
    void the_most_specific_pattern_wins_whatever_the_registration_order() {
        Router<String> router = new Router<String>()
                .add("GET", "/users/*", "users.any")
                .add("GET", "/users/:id", "users.show")
                .add("GET", "/users/me", "users.me");

        assertThat(route(router, "GET", "/users/me")).as("static beats :param").isEqualTo(matched("users.me", Map.of(), "/users/me"));
        assertThat(route(router, "GET", "/users/7")).as(":param beats *")
                .isEqualTo(matched("users.show", Map.of("id", "7"), "/users/:id"));
        assertThat(route(router, "GET", "/users/7/avatar")).as("only * matches two segments")
                .isEqualTo(matched("users.any", Map.of("*", "7/avatar"), "/users/*"));
    }

    @Test
    void a_pattern_without_the_method_gives_way_to_a_less_specific_one() {
        Router<String> router = new Router<String>().add("PUT", "/users/me", "me.update").add("GET", "/users/:id", "users.show");

        assertThat(route(router, "GET", "/users/me")).isEqualTo(matched("users.show", Map.of("id", "me"), "/users/:id"));
    }

    @Test
    void no_matching_path_is_not_found() {
        Router<String> router = new Router<String>().add("GET", "/users", "users");

        assertThat(route(router, "GET", "/orders")).as("404: no pattern matches the path").isEqualTo(new RouteResult.NotFound<String>());
        assertThat(route(router, "GET", "/users/")).as("a trailing slash is a different path").isEqualTo(new RouteResult.NotFound<String>());
    }

    @Test
    void a_matching_path_with_another_method_is_405_with_allow() {
        Router<String> router = new Router<String>().add("POST", "/items", "create").add("GET", "/items", "list");

        assertThat(route(router, "DELETE", "/items"))
                .as("405, not 404: the resource exists. Allow lists its methods, HEAD (from GET) and OPTIONS (automatic), "
                        + "alphabetically (RFC 9110 section 15.5.6)")
                .isEqualTo(new RouteResult.MethodNotAllowed<String>(List.of("GET", "HEAD", "OPTIONS", "POST")));
    }

    @Test
    void allow_gathers_the_methods_of_every_pattern_matching_the_path() {
        Router<String> router = new Router<String>().add("GET", "/users/:id", "show").add("PUT", "/users/me", "update")
                .add("DELETE", "/users/*", "purge");

        assertThat(route(router, "PATCH", "/users/me"))
                .isEqualTo(new RouteResult.MethodNotAllowed<String>(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT")));
    }

    @Test
    void methods_are_case_sensitive() {
        Router<String> router = new Router<String>().add("GET", "/a", "a");

        assertThat(route(router, "get", "/a")).as("'get' is not 'GET' (RFC 9110 section 9.1)")
                .isEqualTo(new RouteResult.MethodNotAllowed<String>(List.of("GET", "HEAD", "OPTIONS")));
    }

    @Test
    void head_is_answered_by_get_unless_it_has_its_own_route() {
        Router<String> router = new Router<String>().add("GET", "/page", "page").add("GET", "/feed", "feed").add("HEAD", "/feed", "feed.head");

        assertThat(route(router, "HEAD", "/page")).as("HEAD runs the GET handler; the response writer drops the body")
                .isEqualTo(matched("page", Map.of(), "/page"));
        assertThat(route(router, "HEAD", "/feed")).as("an explicit HEAD route wins").isEqualTo(matched("feed.head", Map.of(), "/feed"));
    }

    @Test
    void options_is_answered_automatically_unless_it_has_its_own_route() {
        Router<String> router = new Router<String>().add("GET", "/a", "a").add("POST", "/a", "a.post").add("OPTIONS", "/b", "b.options")
                .add("GET", "/b", "b");

        assertThat(route(router, "OPTIONS", "/a")).isEqualTo(new RouteResult.Options<String>(List.of("GET", "HEAD", "OPTIONS", "POST")));
        assertThat(route(router, "OPTIONS", "/b")).isEqualTo(matched("b.options", Map.of(), "/b"));
        assertThat(route(router, "OPTIONS", "/nowhere")).as("OPTIONS on a path nobody serves is still 404")
                .isEqualTo(new RouteResult.NotFound<String>());
    }

    @ParameterizedTest(name = "refuses the pattern \"{0}\"")
    @ValueSource(strings = {"users", "/a/:", "/*/a", "/a/:id/b/:id", "/a/:1st", "/a/:na-me"})
    void refuses_invalid_patterns(String pattern) {
        Router<String> router = new Router<>();
        try {
            router.add("GET", pattern, "h");
        } catch (IllegalArgumentException expected) {
            return;
        }
        fail("add(\"GET\", \"%s\", ...) must throw IllegalArgumentException: a bad pattern is a bug to report at startup, "
                + "not a route that never matches%s", pattern, README);
    }

    @Test
    void refuses_the_same_method_and_pattern_twice() {
        Router<String> router = new Router<String>().add("GET", "/a/:id", "first");
        try {
            router.add("GET", "/a/:id", "second");
            fail("registering GET /a/:id twice must throw IllegalArgumentException%s", README);
        } catch (IllegalArgumentException expected) {
            assertThat(route(router, "GET", "/a/1")).as("the first registration stays").isEqualTo(matched("first", Map.of("id", "1"), "/a/:id"));
        }
    }
}
