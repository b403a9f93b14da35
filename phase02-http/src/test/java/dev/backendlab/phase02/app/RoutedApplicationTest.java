package dev.backendlab.phase02.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.RawHttpConnection;
import dev.backendlab.grader.fixtures.RawResponse;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.grader.fixtures.http.TestHttpClient;
import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.router.Router;
import dev.backendlab.phase02.server.BlockingHttpServer;
import dev.backendlab.phase02.server.ServerConfig;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 8, title = "Routed application", topics = {"Methods", "URL Handling", "Status Codes"})
@DisplayName("Exercise 8: Routed application")
class RoutedApplicationTest {

    static final String README = "\n  (README, Exercise 8: Routed application)";
    static final List<HeaderField> TEXT = List.of(new HeaderField("Content-Type", "text/plain"));

    BlockingHttpServer server;
    int port;

    static Router<RouteHandler> routes() {
        return new Router<RouteHandler>()
                .add("GET", "/users/:id", (request, exchange) -> exchange.send(200, TEXT,
                        ("user " + request.params().get("id") + " fields=" + request.query().getAll("fields")).getBytes(UTF_8)))
                .add("PATCH", "/users/:id", (request, exchange) -> {
                    String type = request.headers().stream().filter(f -> f.name().equalsIgnoreCase("Content-Type"))
                            .map(HeaderField::value).findFirst().orElse("none");
                    int bytes = request.body().readAllBytes().length;
                    exchange.send(200, TEXT, ("patched " + request.params().get("id") + ": " + bytes + " bytes of " + type)
                            .getBytes(UTF_8));
                })
                .add("GET", "/static/:name", (request, exchange) -> exchange.send(200, TEXT,
                        ("static " + request.params().get("name")).getBytes(UTF_8)));
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new BlockingHttpServer(ServerConfig.defaults(), new RoutedHandler(routes()));
        port = server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    HttpReply get(String pathAndQuery) {
        return TestHttpClient.toPort(port).get(pathAndQuery);
    }

    RawResponse raw(String requestLine, RawHttpConnection connection, boolean head) throws IOException {
        connection.send(requestLine + "\r\nHost: a\r\n\r\n");
        try {
            return connection.readResponse(head);
        } catch (IOException e) {
            throw new AssertionError("no complete response: " + e.getMessage() + connection.transcript() + README, e);
        }
    }

    @Test
    void a_route_sees_its_params_and_the_decoded_query() throws Exception {
        HttpReply response = get("/users/42?fields=name&fields=e%2Bmail+x");

        assertThat(response.body()).as("curl 'http://127.0.0.1:%d/users/42?fields=name&fields=e%%2Bmail+x'", port)
                .isEqualTo("user 42 fields=[name, e+mail x]");
    }

    @Test
    void a_route_reads_the_headers_and_the_body() throws Exception {
        HttpReply response = TestHttpClient.toPort(port)
                .call("PATCH", "/users/7", "{\"a\":1}", "Content-Type", "application/json");

        assertThat(response.body()).as("curl -X PATCH -H 'Content-Type: application/json' --data '{\"a\":1}' "
                + "http://127.0.0.1:%d/users/7", port).isEqualTo("patched 7: 7 bytes of application/json");
    }

    @Test
    void no_matching_path_is_404() throws Exception {
        HttpReply response = get("/nowhere");

        assertThat(response.status()).as("curl -i http://127.0.0.1:%d/nowhere", port).isEqualTo(404);
    }

    @Test
    void a_matching_path_with_the_wrong_method_is_405_with_allow() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            RawResponse response = raw("DELETE /users/42 HTTP/1.1", connection, false);

            assertThat(response.status()).as("405: the path exists, the method does not%s", connection.transcript()).isEqualTo(405);
            assertThat(response.header("Allow")).as("a 405 must list the allowed methods (RFC 9110 section 15.5.6)%s",
                    connection.transcript()).isEqualTo("GET, HEAD, OPTIONS, PATCH");
        }
    }

    @Test
    void options_is_answered_with_204_and_allow() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            RawResponse response = raw("OPTIONS /users/42 HTTP/1.1", connection, false);

            assertThat(response.status()).as("OPTIONS without its own route%s", connection.transcript()).isEqualTo(204);
            assertThat(response.header("Allow")).as("Allow%s", connection.transcript()).isEqualTo("GET, HEAD, OPTIONS, PATCH");
        }
    }

    @Test
    void head_gets_the_get_headers_without_the_body() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            RawResponse response = raw("HEAD /users/42 HTTP/1.1", connection, true);

            assertThat(response.status()).as("HEAD runs GET's route%s", connection.transcript()).isEqualTo(200);
            assertThat(response.header("Content-Length")).as("with GET's Content-Length, 'user 42 fields=[]' being 17 bytes%s",
                    connection.transcript()).isEqualTo("17");
            RawResponse next = raw("GET /users/1 HTTP/1.1", connection, false);
            assertThat(next.bodyText()).as("no body bytes after a HEAD response: the next response must start right "
                    + "after its head%s", connection.transcript()).isEqualTo("user 1 fields=[]");
        }
    }

    @Test
    void an_encoded_slash_stays_inside_its_param() throws Exception {
        assertThat(get("/static/a%2Fb").body()).as("%%2F is data in the segment: one param 'a/b'").isEqualTo("static a/b");
        assertThat(get("/static/a/b").status()).as("while /static/a/b has two segments: no route").isEqualTo(404);
    }

    @Test
    void dot_segments_are_resolved_before_routing() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            RawResponse response = raw("GET /static/../users/9 HTTP/1.1", connection, false);

            assertThat(response.bodyText()).as("/static/../users/9 is /users/9%s", connection.transcript()).isEqualTo("user 9 fields=[]");
        }
    }

    @Test
    void an_invalid_escape_is_400() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            RawResponse response = raw("GET /users/%zz HTTP/1.1", connection, false);

            assertThat(response.status()).as("an invalid escape in the path%s", connection.transcript()).isEqualTo(400);
            RawResponse query = raw("GET /users/1?q=%G1 HTTP/1.1", connection, false);
            assertThat(query.status()).as("an invalid escape in the query%s", connection.transcript()).isEqualTo(400);
        }
    }
}
