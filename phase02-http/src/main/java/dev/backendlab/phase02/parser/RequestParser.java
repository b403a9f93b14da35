package dev.backendlab.phase02.parser;

import dev.backendlab.grader.NotImplementedYetException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * An incremental HTTP/1.1 request parser: bytes go in as the network delivers them, in any split,
 * and {@link ParseEvent}s come out. One parser serves one connection, request after request.
 *
 * <p>What it must do, RFC 9112 being the grammar:
 * <ul>
 *   <li>Request line {@code method SP request-target SP HTTP-version CRLF}; an empty line before it
 *       is skipped. Method: a token of at most {@link #MAX_METHOD_LENGTH} characters. Target: bytes
 *       0x21 to 0x7E, kept as sent. Version: HTTP/1.0 or HTTP/1.1.</li>
 *   <li>Field lines {@code name ":" OWS value OWS CRLF} up to an empty line. Names are tokens, kept
 *       with their case, compared case-insensitively. Repeated fields stay separate, in order.</li>
 *   <li>Body framing: Transfer-Encoding whose last coding is chunked means a chunked body;
 *       otherwise Content-Length gives its length; otherwise there is none.</li>
 *   <li>Chunked: {@code hex-size [;extensions] CRLF data CRLF}, repeated, then {@code 0 CRLF},
 *       trailer fields, and an empty line.</li>
 *   <li>Rejections: each {@link ParseError} documents the rule it stands for. A limit of
 *       {@link ParserLimits} is enforced on the byte that breaks it, even mid-line.</li>
 * </ul>
 *
 * <p>Events come as soon as the bytes allow: the {@link RequestHead} when the empty line after the
 * headers arrives, a {@link BodyChunk} for every run of body bytes received (never collected into
 * one), the {@link RequestEnd} on the last body byte, or right after the head when there is no body.
 */
public final class RequestParser {

    /** Longest method accepted: no registered method comes close. */
    public static final int MAX_METHOD_LENGTH = 32;
    /** Longest chunk-size line, extensions included: a longer one is {@link ParseError#INVALID_CHUNK}. */
    public static final int MAX_CHUNK_LINE_LENGTH = 4096;

    /** @throws NullPointerException if {@code limits} is null */
    public RequestParser(ParserLimits limits) {
        // TODO Refuse a null limits with a NullPointerException (Objects.requireNonNull), then keep
        //  it in a final field
    }

    /** A parser with {@link ParserLimits#DEFAULTS}. */
    public RequestParser() {
        // TODO this(ParserLimits.DEFAULTS)
    }

    /**
     * Consumes every remaining byte of {@code input} and returns the events those bytes complete,
     * in order: possibly none (a line is still incomplete), possibly several requests (pipelining).
     *
     * @throws HttpParseException when the bytes break the grammar or a limit; the parser is then
     *                            dead, and every later call throws the same exception
     */
    public List<ParseEvent> feed(ByteBuffer input) {
        // TODO Keep a state (request line, headers, body, chunk size, chunk data, trailers) in fields,
        //  because the next call continues where this one stopped. Collect line bytes until CRLF;
        //  pass body bytes on as they come. Check limits (see ParserLimits) on every byte you add.
        throw new NotImplementedYetException("parse the request bytes into events", "Exercise 1: Request parser");
    }
}
