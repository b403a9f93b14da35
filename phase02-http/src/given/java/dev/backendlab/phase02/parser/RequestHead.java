package dev.backendlab.phase02.parser;

import java.util.List;

/**
 * The request line and header section of one request, reported as soon as the empty line after
 * the headers arrived, before any body byte: a server can answer {@code Expect: 100-continue} or
 * reject the request without reading its body.
 *
 * @param method  the method token, case-sensitive ({@code GET} and {@code get} differ)
 * @param target  the request target exactly as sent, still percent-encoded
 * @param version the protocol version
 * @param headers every field line in arrival order, repeated names kept as separate entries
 */
public record RequestHead(String method, String target, HttpVersion version, List<HeaderField> headers)
        implements ParseEvent {

    public RequestHead {
        headers = List.copyOf(headers);
    }
}
