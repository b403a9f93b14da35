package dev.backendlab.phase03.support;

import dev.backendlab.web.Router;
import dev.backendlab.web.WebServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A learner's API served on an ephemeral loopback port, and the JDK HttpClient that grades it: every
 * call returns a {@link Reply} that can print the exchange (and a curl command) in a failure message.
 */
public final class Api implements AutoCloseable {

    /** How long one request may take: generous for a loaded machine, short of the 10 s a check may run. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(8);

    private final WebServer server;
    private final HttpClient client;

    private Api(WebServer server, HttpClient client) {
        this.server = server;
        this.client = client;
    }

    /** Serves the router, with a client of its own: no connection pool is shared with another test's server. */
    public static Api serve(Router router) {
        return new Api(WebServer.start(router), newClient());
    }

    /** The same server seen through a second, independent HttpClient (its own connections); close only the first. */
    public Api secondClient() {
        return new Api(server, newClient());
    }

    /** HTTP/1.1 only: the server speaks nothing else, so the client need not try an h2c upgrade first. */
    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public WebServer server() {
        return server;
    }

    public Reply get(String path, String... headers) {
        return call("GET", path, (String) null, headers);
    }

    public Reply delete(String path, String... headers) {
        return call("DELETE", path, (String) null, headers);
    }

    /** A request with a JSON body ({@code Content-Type: application/json} unless the headers set one). */
    public Reply json(String method, String path, String body, String... headers) {
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (typed) {
            return call(method, path, body, headers);
        }
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return call(method, path, body, all);
    }

    /** Any request; {@code headers} are name, value pairs. A null body sends none. */
    public Reply call(String method, String path, String body, String... headers) {
        return callBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Reply callBytes(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        List<String> sent = new ArrayList<>(List.of(headers));
        if (!sent.isEmpty()) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), BodyHandlers.ofByteArray());
            return new Reply(method, server.uri(path).toString(), sent, body, response);
        } catch (java.io.IOException e) {
            throw new AssertionError("the server did not answer " + method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + method + " " + path, e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
