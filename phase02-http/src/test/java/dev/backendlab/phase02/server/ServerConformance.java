package dev.backendlab.phase02.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.Needs;
import dev.backendlab.grader.fixtures.RawHttpConnection;
import dev.backendlab.grader.fixtures.RawResponse;
import dev.backendlab.phase02.parser.ParserLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance checks both servers must pass, each on a fresh server running {@link TestApp}.
 * A subclass says which server and which README section.
 */
abstract class ServerConformance {

    /** The server under test, not started. */
    abstract HttpServer newServer(ServerConfig config, HttpHandler handler);

    /** Where the README teaches this server, for failure messages. */
    abstract String readme();
    static final long HUNDRED_MIB = 100L * 1024 * 1024;
    static final ParserLimits LIMITS = new ParserLimits(1024, 4096, 200L * 1024 * 1024);

    final TestApp app = new TestApp();
    final List<HttpServer> started = new ArrayList<>();

    /** Starts the learner's server with the test application; closed after the check. */
    int start(ServerConfig config) throws IOException {
        HttpServer server = newServer(config, app);
        int port = server.start();
        started.add(server);
        return port;
    }

    int start() throws IOException {
        return start(ServerConfig.defaults().withLimits(LIMITS));
    }

    @AfterEach
    void stopServers() {
        started.forEach(HttpServer::close);
    }

    RawResponse read(RawHttpConnection connection, boolean head) {
        try {
            return connection.readResponse(head);
        } catch (IOException e) {
            throw new AssertionError("no complete response: " + e.getMessage() + connection.transcript() + readme(), e);
        }
    }

    RawResponse read(RawHttpConnection connection) {
        return read(connection, false);
    }

    void assertResponse(RawResponse response, int status, String body, RawHttpConnection connection) {
        assertThat(response.status()).as("status of the response%s", connection.transcript()).isEqualTo(status);
        assertThat(response.bodyText()).as("body of the response%s", connection.transcript()).isEqualTo(body);
    }

    void assertClosed(RawHttpConnection connection, String why) throws IOException {
        assertThat(connection.closedByServer()).as("%s: the server must close the connection%s%s", why,
                connection.transcript(), readme()).isTrue();
    }

    void assertOpen(RawHttpConnection connection, String why) throws IOException {
        connection.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n");
        RawResponse next = read(connection);
        assertThat(next.status()).as("%s: the connection must stay open for another request%s", why, connection.transcript())
                .isEqualTo(200);
    }

    @Test
    void a_get_from_the_jdk_http_client() throws Exception {
        int port = start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("curl -i http://127.0.0.1:%d/hello", port).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
        assertThat(response.headers().firstValue("Content-Length")).contains("5");
    }

    @Test
    void a_get_from_curl() throws Exception {
        // Without curl this check says "needs curl" and does not count; CI installs curl and requires it.
        Needs.tool("curl", "apt-get install curl / brew install curl");
        int port = start();

        Process curl = new ProcessBuilder("curl", "-sS", "-i", "--http1.1", "--max-time", "5",
                "http://127.0.0.1:" + port + "/target?from=curl").redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), UTF_8);
        assertThat(curl.waitFor(8, TimeUnit.SECONDS)).isTrue();

        assertThat(output).as("curl -sS -i --http1.1 http://127.0.0.1:%d/target?from=curl printed:%n%s", port, output)
                .startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\n/target?from=curl");
    }

    @Test
    void head_with_the_get_headers_and_no_body_on_a_live_connection() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("HEAD /hello HTTP/1.1\r\nHost: a\r\n\r\n");
            RawResponse response = read(connection, true);

            assertThat(response.header("Content-Length")).as("HEAD gets GET's Content-Length%s", connection.transcript()).isEqualTo("5");
            assertOpen(connection, "after a HEAD response without a body");
        }
    }

    @Test
    void a_handler_error_as_500_without_its_details_and_keeps_serving() throws Exception {
        int port = start();
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.send("GET /boom HTTP/1.1\r\nHost: a\r\n\r\n");
            RawResponse response = read(connection);

            assertThat(response.status()).as("a handler that throws is answered 500%s", connection.transcript()).isEqualTo(500);
            assertThat(response.bodyText()).as("the body must not leak the exception (message, class or stack trace)%s",
                    connection.transcript()).doesNotContain("secret-detail", "hunter2", "IllegalStateException", "\tat ");
        }
        try (RawHttpConnection next = RawHttpConnection.open(port)) {
            next.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n");
            assertResponse(read(next), 200, "hello", next);
        }
    }

    @Test
    void http_1_1_stays_open_for_the_next_request() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n");
            assertResponse(read(connection), 200, "hello", connection);
            assertOpen(connection, "HTTP/1.1 is keep-alive by default");
        }
    }

    @Test
    void http_1_0_closes_after_the_response() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("GET /hello HTTP/1.0\r\n\r\n");
            assertResponse(read(connection), 200, "hello", connection);
            assertClosed(connection, "HTTP/1.0 without Connection: keep-alive");
        }
    }

    @Test
    void http_1_0_stays_open_when_it_asks() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            RawResponse response = read(connection);
            assertThat(response.header("Connection")).as("the server confirms keep-alive to HTTP/1.0%s", connection.transcript())
                    .isEqualToIgnoringCase("keep-alive");
            assertOpen(connection, "HTTP/1.0 with Connection: keep-alive");
        }
    }

    @Test
    void http_1_1_closes_when_the_client_says_close() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("GET /hello HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            assertResponse(read(connection), 200, "hello", connection);
            assertClosed(connection, "the client sent Connection: close");
        }
    }

    @Test
    void pipelined_requests_are_answered_in_order() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("GET /target?n=1 HTTP/1.1\r\nHost: a\r\n\r\n"
                    + "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                    + "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nwxyz\r\n0\r\n\r\n"
                    + "GET /target?n=4 HTTP/1.1\r\nHost: a\r\n\r\n");

            assertResponse(read(connection), 200, "/target?n=1", connection);
            assertResponse(read(connection), 200, "abc", connection);
            assertResponse(read(connection), 200, "wxyz", connection);
            assertResponse(read(connection), 200, "/target?n=4", connection);
        }
    }

    @Test
    void expect_100_continue_gets_100_before_the_body_is_sent() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
            RawResponse interim = read(connection);
            assertThat(interim.status()).as("the client waits for 100 Continue before it sends the body%s",
                    connection.transcript()).isEqualTo(100);

            connection.send("hello");
            assertResponse(read(connection), 200, "hello", connection);
        }
    }

    @Test
    void expect_100_continue_is_answered_without_100_when_the_handler_refuses() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("POST /reject HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
            RawResponse response = read(connection);

            assertThat(response.status()).as("a handler that answers without reading the body: its status, no 100 first%s",
                    connection.transcript()).isEqualTo(413);
            assertClosed(connection, "the body was never sent, so the connection cannot be reused");
        }
    }

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                Arguments.of("GET /\r\n\r\n", 400),
                Arguments.of("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505),
                Arguments.of("GET /" + "a".repeat(1100) + " HTTP/1.1\r\nHost: a\r\n\r\n", 414),
                Arguments.of("GET / HTTP/1.1\r\nHost: a\r\n" + "X-Pad: 0123456789abcdef\r\n".repeat(200) + "\r\n", 431),
                Arguments.of("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
                Arguments.of("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
                Arguments.of("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400));
    }

    @ParameterizedTest(name = "answers {1} and closes")
    @MethodSource("refusedRequests")
    void refuses_bad_requests_with_their_status_and_closes(String wire, int status) throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send(wire);
            RawResponse response = read(connection);

            assertThat(response.status()).as("the parser's status for this request%s", connection.transcript()).isEqualTo(status);
            assertThat(response.header("Connection")).as("after a refused request the server says it closes%s", connection.transcript())
                    .isEqualToIgnoringCase("close");
            assertClosed(connection, "after refusing a request");
        }
    }

    @Test
    void a_head_that_stops_arriving_gets_408() throws Exception {
        int port = start(ServerConfig.defaults().withLimits(LIMITS).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5)));
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.send("GET /hello HTTP/1.1\r\nHost: a\r\n");
            RawResponse response = read(connection);

            assertThat(response.status()).as("the head was not complete within headerTimeout (300 ms)%s", connection.transcript())
                    .isEqualTo(408);
            assertClosed(connection, "after 408");
        }
    }

    @Test
    void a_slowloris_trickling_header_bytes_still_gets_408() throws Exception {
        int port = start(ServerConfig.defaults().withLimits(LIMITS).withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5)));
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.send("GET /hello HTTP/1.1\r\nHost: a\r\n");
            trickle.scheduleAtFixedRate(() -> {
                try {
                    connection.send("X:1\r\n");
                } catch (IOException closed) {
                    throw new IllegalStateException(closed);  // ends the schedule
                }
            }, 50, 50, TimeUnit.MILLISECONDS);
            RawResponse response = read(connection);

            assertThat(response.status()).as("a header line every 50 ms must not reset the clock: headerTimeout counts from "
                    + "the head's first byte, not from the last one%s", connection.transcript()).isEqualTo(408);
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void an_idle_keep_alive_connection_is_closed_without_a_response() throws Exception {
        int port = start(ServerConfig.defaults().withLimits(LIMITS).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n");
            assertResponse(read(connection), 200, "hello", connection);

            assertClosed(connection, "no new request within idleTimeout (300 ms)");
        }
    }

    @Test
    void a_100_mib_upload_is_counted_by_the_handler_as_it_arrives() throws Exception {
        int port = start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/count"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new PatternStream(HUNDRED_MIB)))
                .timeout(Duration.ofSeconds(9)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).as("a handler counting a 100 MiB chunked upload read this many bytes; the server must "
                + "stream the body to it, never collect it").isEqualTo(Long.toString(HUNDRED_MIB));
    }

    @Test
    void a_100_mib_download_arrives_whole_and_in_order() throws Exception {
        int port = start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/download?bytes=" + HUNDRED_MIB)).timeout(Duration.ofSeconds(9)).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.headers().firstValue("Transfer-Encoding")).contains("chunked");
        long received = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != (byte) ((received + i) % 251)) {
                        fail("byte %d of the download is %d, expected %d: pieces were lost, repeated or reordered%s",
                                received + i, buffer[i], (byte) ((received + i) % 251), readme());
                    }
                }
                received += n;
            }
        }
        assertThat(received).as("bytes received of a 100 MiB streamed download").isEqualTo(HUNDRED_MIB);
    }

    @Test
    void a_download_to_a_client_that_stops_reading_makes_the_handler_wait() throws Exception {
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("GET /watched-download HTTP/1.1\r\nHost: a\r\n\r\n");
            assertThat(app.watchedDownloadStarted.await(5, TimeUnit.SECONDS))
                    .as("the handler of /watched-download was called and wrote its first 64 KiB%s", connection.transcript()).isTrue();

            boolean ranAhead = app.watchedDownloadPast32MiB.await(2, TimeUnit.SECONDS);

            assertThat(ranAhead).as("the client has read nothing, yet the handler could write 32 MiB within 2 s: the server "
                    + "keeps the response in memory instead of making the handler's write wait for the client "
                    + "(backpressure, like res.write() returning false)%s", readme()).isFalse();
        }
    }

    @Test
    void an_upload_to_a_handler_that_has_not_read_yet_makes_the_client_wait() throws Exception {
        long total = HUNDRED_MIB;
        try (RawHttpConnection connection = RawHttpConnection.open(start())) {
            connection.send("POST /late-count HTTP/1.1\r\nHost: a\r\nContent-Length: " + total + "\r\n\r\n");
            assertThat(app.lateCountStarted.await(5, TimeUnit.SECONDS))
                    .as("the handler of /late-count was called after the head%s", connection.transcript()).isTrue();
            CountDownLatch past32MiB = new CountDownLatch(1);
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                byte[] piece = new byte[64 * 1024];
                try {
                    for (long sent = 0; sent < total; sent += piece.length) {
                        connection.send(piece);
                        if (sent + piece.length >= 32L * 1024 * 1024) {
                            past32MiB.countDown();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            boolean ranAhead = past32MiB.await(2, TimeUnit.SECONDS);
            app.lateCountRelease.countDown();

            assertThat(ranAhead).as("the handler has not read the body, yet the client could send 32 MiB within 2 s: the "
                    + "server reads the body into memory ahead of the handler instead of leaving it in the socket "
                    + "(backpressure, like req.pause())%s", readme()).isFalse();
            upload.get(9, TimeUnit.SECONDS);
            assertResponse(read(connection), 200, Long.toString(total), connection);
        } finally {
            app.lateCountRelease.countDown();
        }
    }

    @Test
    void graceful_shutdown_finishes_the_request_in_flight_and_refuses_new_ones() throws Exception {
        HttpServer server = newServer(ServerConfig.defaults().withLimits(LIMITS), app);
        int port = server.start();
        started.add(server);
        try (RawHttpConnection inFlight = RawHttpConnection.open(port)) {
            inFlight.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n");
            assertThat(app.slowStarted.await(5, TimeUnit.SECONDS)).as("the /slow request reached the handler").isTrue();

            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> {
                try {
                    server.shutdown(Duration.ofSeconds(8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertRefusedOnceClosed(port, shutdown);
            app.slowRelease.countDown();

            assertResponse(read(inFlight), 200, "finally", inFlight);
            shutdown.get(9, TimeUnit.SECONDS);
        }
    }

    /** Connects until the listening socket is gone: the shutdown must close it promptly. */
    private void assertRefusedOnceClosed(int port, CompletableFuture<Void> shutdown) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                probe.setSoTimeout(50);
                if (probe.getInputStream().read() < 0) {
                    return;  // accepted by the backlog but closed unserved: refused too
                }
            } catch (ConnectException refused) {
                return;
            } catch (java.net.SocketTimeoutException stillOpen) {
                // the listener still accepts: shutdown has not closed it yet, try again
            } catch (java.net.SocketException reset) {
                return;  // accepted by the backlog, then reset unserved: refused too
            }
            if (shutdown.isDone()) {
                fail("shutdown returned while a request was in flight, before the handler finished%s", readme());
            }
        }
        fail("during shutdown, new connections must be refused, but port %d still accepts them%s", port, readme());
    }

    @Test
    void shutdown_cuts_off_a_request_that_outlives_the_deadline() throws Exception {
        HttpServer server = newServer(ServerConfig.defaults().withLimits(LIMITS), app);
        int port = server.start();
        started.add(server);
        try (RawHttpConnection inFlight = RawHttpConnection.open(port)) {
            inFlight.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n");
            assertThat(app.slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

            server.shutdown(Duration.ofMillis(200));

            assertClosed(inFlight, "the handler outlived the shutdown deadline");
        } finally {
            app.slowRelease.countDown();
        }
    }

    @Test
    void two_hundred_keep_alive_clients_with_fifty_requests_each() throws Exception {
        int port = start();
        int clients = 200;
        int requests = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    try (RawHttpConnection connection = RawHttpConnection.open(port)) {
                        go.await();
                        for (int r = 0; r < requests; r++) {
                            String target = "/target?client=" + client + "&request=" + r;
                            connection.send("GET " + target + " HTTP/1.1\r\nHost: a\r\n\r\n");
                            RawResponse response = connection.readResponse();
                            if (response.status() != 200 || !response.bodyText().equals(target)) {
                                return "client " + client + " request " + r + ": got " + response + connection.transcript();
                            }
                        }
                        return "ok";
                    }
                }));
            }
            go.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(9, TimeUnit.SECONDS)).as("each of 200 clients sends 50 requests on one keep-alive "
                        + "connection; every answer must be its own").isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Byte i is (byte) (i % 251), generated, never held in memory. */
    static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ % 251) : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                target[offset + i] = (byte) ((position + i) % 251);
            }
            position += n;
            return n;
        }
    }
}
