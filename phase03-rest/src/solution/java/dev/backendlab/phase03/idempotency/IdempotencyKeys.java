package dev.backendlab.phase03.idempotency;

import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Handler;
import dev.backendlab.web.Middleware;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code Idempotency-Key} request header, as the IETF httpapi draft
 * (draft-ietf-httpapi-idempotency-key-header) describes it, for {@code POST}: a client that sends the
 * same request twice with the same key gets the first outcome twice, and the server acts once.
 *
 * <ul>
 *   <li>Other methods pass through untouched.</li>
 *   <li>A POST without the header: 400.</li>
 *   <li>A key not seen (or expired): the request runs; its response is stored under the key, with a
 *       fingerprint of the request (method, path, body). A response of 500 or more is not stored, and a
 *       handler that throws stores nothing: the client may retry.</li>
 *   <li>A key seen with the same fingerprint, finished: the stored response is sent again, status,
 *       headers and body, plus {@code Idempotent-Replayed: true}. The handler does not run.</li>
 *   <li>A key seen with the same fingerprint, still running: 409.</li>
 *   <li>A key seen with another fingerprint: 422 (the key was reused for a different request).</li>
 *   <li>A key expires {@code ttl} after its request started; after that it is a new key.</li>
 * </ul>
 * The header's value is a Structured Field string ({@code Idempotency-Key: "8e03978e..."}); the
 * quotes are not part of the key. Errors are {@link ApiException}s. Safe under concurrent requests:
 * of any number of simultaneous requests with one key, exactly one runs.
 */
public final class IdempotencyKeys implements Middleware {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    /** One key's state: started when, for which request, and its response once there is one. */
    private record Entry(Instant started, String fingerprint, StoredResponse response) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries = new HashMap<>();

    public IdempotencyKeys(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public void handle(Exchange exchange, Handler next) throws Exception {
        if (!exchange.method().equals("POST")) {
            next.handle(exchange);
            return;
        }
        String key = keyOf(exchange);
        String fingerprint = fingerprint(exchange);
        StoredResponse replay = claim(key, fingerprint);
        if (replay != null) {
            replay.headers().forEach(h -> exchange.addHeader(h.getKey(), h.getValue()));
            exchange.header(REPLAYED, "true");
            exchange.send(replay.status(), replay.headers().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("Content-Type")).map(Map.Entry::getValue)
                    .findFirst().orElse("application/octet-stream"), replay.body());
            return;
        }
        boolean stored = false;
        try {
            next.handle(exchange);
            if (exchange.responseStatus() < 500) {
                complete(key, new StoredResponse(exchange.responseStatus(), exchange.responseHeaders(), exchange.responseBody()));
                stored = true;
            }
        } finally {
            if (!stored) {
                release(key);
            }
        }
    }

    /**
     * Either claims the key for this request (returns null: run it), or returns the response to
     * replay, or throws 409/422. One lock makes "look, then claim" a single step.
     */
    private synchronized StoredResponse claim(String key, String fingerprint) {
        Instant now = clock.instant();
        // Forget expired keys (finished ones; a running request keeps its claim until it ends).
        entries.values().removeIf(e -> e.response() != null && !now.isBefore(e.started().plus(ttl)));
        Entry entry = entries.get(key);
        if (entry == null) {
            entries.put(key, new Entry(now, fingerprint, null));
            return null;
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            throw new ApiException(422, "this Idempotency-Key was already used for a different request");
        }
        if (entry.response() == null) {
            throw new ApiException(409, "a request with this Idempotency-Key is still being processed; retry later");
        }
        return entry.response();
    }

    private synchronized void complete(String key, StoredResponse response) {
        Entry entry = entries.get(key);
        entries.put(key, new Entry(entry.started(), entry.fingerprint(), response));
    }

    private synchronized void release(String key) {
        entries.remove(key);
    }

    private static String keyOf(Exchange exchange) {
        String raw = exchange.header(HEADER);
        if (raw == null || raw.isBlank()) {
            throw new ApiException(400, "POST requires an Idempotency-Key header, e.g. Idempotency-Key: \"<a new UUID>\"");
        }
        String key = raw.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty()) {
            throw new ApiException(400, "the Idempotency-Key must not be empty");
        }
        return key;
    }

    private static String fingerprint(Exchange exchange) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((exchange.method() + " " + exchange.path() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(exchange.body());
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
