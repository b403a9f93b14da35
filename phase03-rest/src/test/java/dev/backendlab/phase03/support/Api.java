package dev.backendlab.phase03.support;

import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.grader.fixtures.http.TestHttpClient;
import dev.backendlab.web.Router;
import dev.backendlab.web.WebServer;

/**
 * A learner's API served on an ephemeral loopback port, and lab-grader's {@link TestHttpClient}
 * that grades it: every call returns an {@link HttpReply} that can print the exchange (and a curl
 * command) in a failure message.
 */
public final class Api implements AutoCloseable {

    private final WebServer server;
    private final TestHttpClient client;

    private Api(WebServer server) {
        this.server = server;
        this.client = TestHttpClient.to(server.uri("/"));
    }

    /** Serves the router, with a client of its own: no connection pool is shared with another test's server. */
    public static Api serve(Router router) {
        return new Api(WebServer.start(router));
    }

    /** The same server seen through a second, independent HttpClient (its own connections); close only the first. */
    public Api secondClient() {
        return new Api(server);
    }

    public WebServer server() {
        return server;
    }

    public HttpReply get(String path, String... headers) {
        return client.get(path, headers);
    }

    public HttpReply delete(String path, String... headers) {
        return client.delete(path, headers);
    }

    /** A request with a JSON body ({@code Content-Type: application/json} unless the headers set one). */
    public HttpReply json(String method, String path, String body, String... headers) {
        return client.json(method, path, body, headers);
    }

    /** Any request; {@code headers} are name, value pairs. A null body sends none. */
    public HttpReply call(String method, String path, String body, String... headers) {
        return client.call(method, path, body, headers);
    }

    public HttpReply callBytes(String method, String path, byte[] body, String... headers) {
        return client.callBytes(method, path, body, headers);
    }

    @Override
    public void close() {
        server.close();
    }
}
