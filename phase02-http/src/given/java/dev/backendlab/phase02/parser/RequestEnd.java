package dev.backendlab.phase02.parser;

import java.util.List;

/**
 * The current request is complete; the bytes that follow belong to the next one (pipelining).
 *
 * @param trailers trailer fields after the last chunk of a chunked body, in arrival order; empty
 *                 otherwise
 */
public record RequestEnd(List<HeaderField> trailers) implements ParseEvent {

    public RequestEnd {
        trailers = List.copyOf(trailers);
    }
}
