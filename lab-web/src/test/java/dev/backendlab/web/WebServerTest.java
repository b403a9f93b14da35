package dev.backendlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    @Test
    void routes_by_method_and_path_and_captures_path_params() throws Exception {
        server = WebServer.start(new Router()
                .get("/books/:id", ex -> ex.sendText(200, "get " + ex.pathParam("id")))
                .delete("/books/:id", ex -> ex.sendEmpty(204)));

        HttpResponse<String> got = send("GET", "/books/42/", null);
        HttpResponse<String> deleted = send("DELETE", "/books/42", null);

        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("get 42");
        assertThat(got.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    void unknown_path_is_404_and_known_path_with_other_method_is_405_with_allow() throws Exception {
        server = WebServer.start(new Router()
                .get("/books", ex -> ex.sendText(200, "list"))
                .post("/books", ex -> ex.sendEmpty(201)));

        assertThat(send("GET", "/authors", null).statusCode()).isEqualTo(404);
        HttpResponse<String> put = send("PUT", "/books", "x");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
    }

    @Test
    void the_404_and_405_answers_can_be_replaced() throws Exception {
        server = WebServer.start(new Router()
                .get("/books", ex -> ex.sendText(200, "list"))
                .notFound(ex -> ex.sendJson(404, Map.of("missing", ex.path())))
                .methodNotAllowed(ex -> ex.sendJson(405, Map.of("allow", ex.responseHeader("Allow")))));

        HttpResponse<String> missing = send("GET", "/authors", null);
        HttpResponse<String> wrong = send("DELETE", "/books", null);

        assertThat(missing.body()).isEqualTo("{\"missing\":\"/authors\"}");
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.body()).isEqualTo("{\"allow\":\"GET, HEAD\"}");
        assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void head_falls_back_to_get_without_a_body_but_with_its_length() throws Exception {
        server = WebServer.start(new Router().get("/hello", ex -> ex.sendText(200, "hello")));

        HttpResponse<String> head = send("HEAD", "/hello", null);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue("5");
    }

    @Test
    void middlewares_run_in_order_around_the_route_and_may_change_its_response() throws Exception {
        List<String> order = new ArrayList<>();
        server = WebServer.start(new Router()
                .use((ex, next) -> {
                    order.add("outer in");
                    next.handle(ex);
                    order.add("outer out " + ex.responseStatus());
                    ex.header("X-Outer", "yes");
                })
                .use((ex, next) -> {
                    if (ex.header("X-Block") != null) {
                        ex.sendText(429, "blocked");
                        return;
                    }
                    ex.attribute("user", "ada");
                    next.handle(ex);
                })
                .get("/me", ex -> ex.sendText(200, ex.attribute("user"))));

        HttpResponse<String> me = send("GET", "/me", null);
        HttpResponse<String> blocked = send("GET", "/me", null, "X-Block", "1");

        assertThat(me.body()).isEqualTo("ada");
        assertThat(me.headers().firstValue("X-Outer")).hasValue("yes");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(order).containsExactly("outer in", "outer out 200", "outer in", "outer out 429");
    }

    @Test
    void a_thrown_exception_goes_to_the_error_handler_with_a_clean_response() throws Exception {
        server = WebServer.start(new Router()
                .get("/boom", ex -> {
                    ex.header("X-Half-Done", "1");
                    throw new IllegalStateException("secret internals");
                })
                .get("/plain", ex -> {
                    throw new IllegalStateException("secret internals");
                })
                .onError((ex, error) -> ex.sendJson(503, Map.of("caught", error.getClass().getSimpleName()))));

        HttpResponse<String> boom = send("GET", "/boom", null);

        assertThat(boom.statusCode()).isEqualTo(503);
        assertThat(boom.body()).isEqualTo("{\"caught\":\"IllegalStateException\"}");
        assertThat(boom.headers().firstValue("X-Half-Done")).isEmpty();
    }

    @Test
    void the_default_error_handler_answers_500_revealing_nothing() throws Exception {
        server = WebServer.start(new Router().get("/boom", ex -> {
            throw new IllegalStateException("secret internals");
        }).get("/silent", ex -> { }));

        HttpResponse<String> boom = send("GET", "/boom", null);
        HttpResponse<String> silent = send("GET", "/silent", null);

        assertThat(boom.statusCode()).isEqualTo(500);
        assertThat(boom.body()).isEqualTo("Internal Server Error");
        assertThat(silent.statusCode()).as("a handler that sends nothing is a server error").isEqualTo(500);
    }

    @Test
    void an_error_thrown_by_a_handler_still_gets_a_500() throws Exception {
        server = WebServer.start(new Router().get("/deep", ex -> {
            throw new StackOverflowError();
        }));

        HttpResponse<String> deep = send("GET", "/deep", null);

        assertThat(deep.statusCode()).isEqualTo(500);
    }

    @Test
    void json_bodies_round_trip_through_jackson_and_malformed_json_has_a_location() throws Exception {
        record Book(String title, int year) {
        }
        List<String> errors = new ArrayList<>();
        server = WebServer.start(new Router().post("/books", ex -> {
            try {
                Book book = ex.bodyAs(Book.class);
                ex.sendJson(201, new Book(book.title().toUpperCase(), book.year()));
            } catch (JsonParseException e) {
                errors.add(e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr());
                ex.sendText(400, "bad json");
            }
        }));

        HttpResponse<String> created = send("POST", "/books", "{\"title\":\"dune\",\"year\":1965}");
        HttpResponse<String> malformed = send("POST", "/books", "{\n  \"title\": \"dune\",,\n}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"title\":\"DUNE\",\"year\":1965}");
        assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(errors).containsExactly("2:19");
    }

    @Test
    void query_parameters_are_decoded_and_repeated_keys_kept() throws Exception {
        server = WebServer.start(new Router().get("/search", ex ->
                ex.sendText(200, ex.queryParams() + " raw=" + ex.rawQuery())));

        HttpResponse<String> search = send("GET", "/search?q=le+guin&tag=a&tag=b%20c", null);

        assertThat(search.body()).isEqualTo("{q=[le guin], tag=[a, b c]} raw=q=le+guin&tag=a&tag=b%20c");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() throws Exception {
        server = WebServer.start(new Router().post("/upload", ex -> ex.sendText(200, "got " + ex.body().length)), 16);

        HttpResponse<String> small = send("POST", "/upload", "0123456789");
        HttpResponse<String> big = send("POST", "/upload", "x".repeat(17));

        assertThat(small.body()).isEqualTo("got 10");
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void a_streaming_route_reads_a_body_far_over_the_limit_as_it_arrives() throws Exception {
        server = WebServer.start(new Router().stream("POST", "/upload", ex -> {
            long total = 0;
            int sum = 0;
            byte[] buffer = new byte[8192];
            try (java.io.InputStream in = ex.bodyStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    for (int i = 0; i < n; i++) {
                        sum = (sum + (buffer[i] & 0xff)) % 65521;
                    }
                }
            }
            ex.sendText(200, total + " " + sum + " " + ex.body().length);
        }).post("/small", ex -> ex.sendText(200, "small")), 16);
        byte[] big = new byte[3_000_000];
        int expected = 0;
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
            expected = (expected + (big[i] & 0xff)) % 65521;
        }

        HttpResponse<String> upload = CLIENT.send(HttpRequest.newBuilder(server.uri("/upload"))
                .POST(BodyPublishers.ofByteArray(big)).build(), BodyHandlers.ofString());
        HttpResponse<String> after = send("POST", "/small", "tiny");

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body()).isEqualTo("3000000 " + expected + " 0");
        assertThat(after.body()).isEqualTo("small");
    }

    @Test
    void a_streaming_handler_may_answer_before_the_body_is_complete() throws Exception {
        server = WebServer.start(new Router().stream("POST", "/upload", ex -> {
            byte[] first = ex.bodyStream().readNBytes(1000);
            ex.sendText(413, "too large after " + first.length);
        }));

        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10000000\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);

            assertThat(response).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n");
            assertThat(response).contains("connection: close").endsWith("too large after 1000");
        }
    }

    @Test
    void binds_an_ephemeral_loopback_port() {
        server = WebServer.start(new Router());

        assertThat(server.port()).isPositive();
        assertThat(server.uri("/x?y=1")).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/x?y=1"));
    }
}
