package dev.backendlab.phase03.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.web.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One request sent and the response it got, printable for a failure message. */
public final class Reply {

    private final String method;
    private final String uri;
    private final List<String> requestHeaders;
    private final byte[] requestBody;
    private final HttpResponse<byte[]> response;

    Reply(String method, String uri, List<String> requestHeaders, byte[] requestBody, HttpResponse<byte[]> response) {
        this.method = method;
        this.uri = uri;
        this.requestHeaders = requestHeaders;
        this.requestBody = requestBody;
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
        return response.headers().allValues(name);
    }

    public String body() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    public byte[] bodyBytes() {
        return response.body();
    }

    /** The body as JSON; an AssertionError that shows the exchange when it is not JSON. */
    public JsonNode json() {
        try {
            return Json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("the response body should be JSON but is not (" + e.getMessage() + ")\n" + show());
        }
    }

    /** A requirement and the exchange that was checked against it: the description of an assertion. */
    public String says(String requirement) {
        return requirement + "\n" + show() + "\n";
    }

    /** The exchange as curl would show it, plus the curl command that reproduces it. */
    public String show() {
        StringBuilder text = new StringBuilder("  reproduce: curl -i -X ").append(method).append(" '").append(uri).append('\'');
        for (int i = 0; i + 1 < requestHeaders.size(); i += 2) {
            text.append(" -H '").append(requestHeaders.get(i)).append(": ").append(requestHeaders.get(i + 1)).append('\'');
        }
        if (requestBody != null) {
            text.append(" --data-binary '").append(escape(requestBody)).append('\'');
        }
        text.append("\n  < ").append(status());
        response.headers().map().forEach((name, values) -> {
            if (!name.equals(":status")) {
                values.forEach(v -> text.append("\n  < ").append(name).append(": ").append(v));
            }
        });
        text.append("\n  < ").append(escape(response.body()));
        return text.toString();
    }

    /** Printable ASCII as it is, CR and LF as \r and \n, any other byte as \xNN; long bodies cut. */
    private static String escape(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(bytes.length, 600);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r') {
                text.append("\\r");
            } else if (b == '\n') {
                text.append("\\n");
            } else if (b >= 0x20 && b < 0x7f) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02x", b));
            }
        }
        if (shown < bytes.length) {
            text.append("...(").append(bytes.length).append(" bytes)");
        }
        return text.toString();
    }
}
