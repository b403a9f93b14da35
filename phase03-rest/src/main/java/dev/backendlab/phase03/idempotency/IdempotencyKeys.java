package dev.backendlab.phase03.idempotency;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Handler;
import dev.backendlab.web.Middleware;
import java.time.Clock;
import java.time.Duration;

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

    public IdempotencyKeys(Clock clock, Duration ttl) {
        // TODO Keep clock and ttl in final fields
    }

    @Override
    public void handle(Exchange exchange, Handler next) throws Exception {
        // TODO Read the key, fingerprint the request, then claim the key, replay, or refuse (409/422), atomically.
        throw new NotImplementedYetException("make POST idempotent with the Idempotency-Key header",
                "Exercise 6: Idempotency-Key");
    }
}
