package dev.backendlab.phase02.parser;

/**
 * Body bytes of the current request, handed on as they arrive: the parser does not collect the
 * body. For a chunked body these are the chunk data only, without sizes, extensions or CRLFs.
 *
 * @param bytes a copy the receiver may keep; never empty
 */
public record BodyChunk(byte[] bytes) implements ParseEvent {
}
