package dev.backendlab.phase03.idempotency;

import java.util.List;
import java.util.Map;

/** A response as it was first sent, kept to be replayed: status, every header, body. */
public record StoredResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    public StoredResponse {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
