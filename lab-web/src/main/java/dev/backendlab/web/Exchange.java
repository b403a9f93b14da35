package dev.backendlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One request and the response being built for it: Express's {@code req} and {@code res} in one
 * object.
 *
 * <p>The request side is complete when a handler sees it (the body is already read, up to the
 * server's size limit), except on a streaming route, whose body arrives through {@link #bodyStream()}. The response side is a buffer: status, headers and body are only written to
 * the socket after the handler and every middleware returned, so a middleware can still read or
 * change them ({@link #responseStatus()}, {@link #responseBody()}, {@link #header(String, String)}).
 *
 * <p>Header names are case-insensitive on both sides, as HTTP says.
 */
public final class Exchange {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final HttpHeaders requestHeaders;
    private final byte[] body;
    private final InputStream bodyStream;
    private final InetSocketAddress remote;
    private final Map<String, String> pathParams = new HashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();

    private int status;
    private HttpHeaders responseHeaders = new DefaultHttpHeaders();
    private byte[] responseBody = new byte[0];

    Exchange(String method, String path, String rawQuery, Map<String, List<String>> query,
             HttpHeaders requestHeaders, byte[] body, InputStream bodyStream, InetSocketAddress remote) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = query;
        this.requestHeaders = requestHeaders;
        this.body = body;
        this.bodyStream = bodyStream;
        this.remote = remote;
    }

    // ---- request ------------------------------------------------------------------------------

    /** The method in upper case: {@code GET}, {@code POST}, ... */
    public String method() {
        return method;
    }

    /** The percent-decoded path, without the query: {@code /books/42}. */
    public String path() {
        return path;
    }

    /** The query string as sent, without the {@code ?}; empty when there is none. */
    public String rawQuery() {
        return rawQuery;
    }

    /** Every query parameter, decoded, in the order sent; a repeated key has several values. */
    public Map<String, List<String>> queryParams() {
        return query;
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A {@code :name} segment of the route that matched: for {@code /books/:id}, {@code pathParam("id")}. */
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a request header, or null. */
    public String header(String name) {
        return requestHeaders.get(name);
    }

    /** Every value of a request header, in the order sent; empty when absent. */
    public List<String> headers(String name) {
        return requestHeaders.getAll(name);
    }

    /** Every request header name, as sent. */
    public Set<String> headerNames() {
        return requestHeaders.names();
    }

    /**
     * The request body as a stream. On a streaming route ({@link Router#stream}) it delivers the bytes
     * as they arrive from the network and {@link #body()} is empty; elsewhere it reads the body that
     * was already received. Read it once.
     */
    public InputStream bodyStream() {
        return bodyStream != null ? bodyStream : new ByteArrayInputStream(body);
    }

    /** The request body's bytes; empty when there is none, and on a streaming route. */
    public byte[] body() {
        return body.clone();
    }

    /** The request body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The request body parsed as JSON; see {@link Json#readTree(byte[])} for what malformed input throws. */
    public JsonNode bodyJson() throws JsonProcessingException {
        return Json.readTree(body);
    }

    /** The request body bound to a type with Jackson; see {@link Json#read(byte[], Class)}. */
    public <T> T bodyAs(Class<T> type) throws JsonProcessingException {
        return Json.read(body, type);
    }

    public InetSocketAddress remoteAddress() {
        return remote;
    }

    /** A value a middleware left for later handlers (the caller's API key, the authenticated user). */
    @SuppressWarnings("unchecked")
    public <T> T attribute(String key) {
        return (T) attributes.get(key);
    }

    public Exchange attribute(String key, Object value) {
        attributes.put(key, value);
        return this;
    }

    // ---- response -----------------------------------------------------------------------------

    /** Sets (replaces) a response header. */
    public Exchange header(String name, String value) {
        responseHeaders.set(name, Objects.requireNonNull(value, name));
        return this;
    }

    /** Adds a response header value, keeping the ones already set (several {@code Link} or {@code Set-Cookie}). */
    public Exchange addHeader(String name, String value) {
        responseHeaders.add(name, Objects.requireNonNull(value, name));
        return this;
    }

    /** Sends a response with a body; {@code Content-Length} is added when it is written. */
    public void send(int status, String contentType, byte[] body) {
        this.status = status;
        responseHeaders.set("Content-Type", contentType);
        responseBody = body.clone();
    }

    /** Sends a value as {@code application/json}. */
    public void sendJson(int status, Object body) {
        send(status, "application/json", Json.write(body));
    }

    /** Sends a value as JSON under another JSON media type ({@code application/problem+json}). */
    public void sendJson(int status, String contentType, Object body) {
        send(status, contentType, Json.write(body));
    }

    public void sendText(int status, String text) {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a response without a body (204, 304, a 201 without content). */
    public void sendEmpty(int status) {
        this.status = status;
        responseHeaders.remove("Content-Type");
        responseBody = new byte[0];
    }

    /** Whether a response was sent: a middleware's way to tell whether the route answered. */
    public boolean hasResponse() {
        return status != 0;
    }

    /** The status sent so far, 0 when none. */
    public int responseStatus() {
        return status;
    }

    /** A response header set so far, or null. */
    public String responseHeader(String name) {
        return responseHeaders.get(name);
    }

    /** Every response header set so far, names as set, in order. */
    public List<Map.Entry<String, String>> responseHeaders() {
        return responseHeaders.entries();
    }

    public byte[] responseBody() {
        return responseBody.clone();
    }

    /** Forgets the response built so far: status, headers and body. */
    public void resetResponse() {
        status = 0;
        responseHeaders = new DefaultHttpHeaders();
        responseBody = new byte[0];
    }

    void pathParams(Map<String, String> params) {
        pathParams.clear();
        pathParams.putAll(params);
    }

    HttpHeaders responseHeadersForWrite() {
        return responseHeaders;
    }

    byte[] responseBodyForWrite() {
        return responseBody;
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}
