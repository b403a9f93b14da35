package dev.backendlab.phase02.parser;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

    // Lines (request line, field lines, chunk sizes) are collected byte by byte, because a line may
    // arrive in many pieces; body bytes are handed on in bulk without being collected.

    /** Longest method accepted: no registered method comes close. */
    public static final int MAX_METHOD_LENGTH = 32;
    /** Longest chunk-size line, extensions included: a longer one is {@link ParseError#INVALID_CHUNK}. */
    public static final int MAX_CHUNK_LINE_LENGTH = 4096;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

    private enum State { REQUEST_LINE, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_CR, CHUNK_DATA_LF, TRAILERS }

    private final ParserLimits limits;
    private State state = State.REQUEST_LINE;
    private HttpParseException failure;

    private byte[] line = new byte[256];
    private int lineLength;
    private boolean sawCr;
    private int sectionBytes;
    private int firstSpace = -1;
    private int secondSpace = -1;

    private String method;
    private String target;
    private HttpVersion version;
    private List<HeaderField> fields = new ArrayList<>();
    private long bodyRemaining;
    private long bodyTotal;

    /** @throws NullPointerException if {@code limits} is null */
    public RequestParser(ParserLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A parser with {@link ParserLimits#DEFAULTS}. */
    public RequestParser() {
        this(ParserLimits.DEFAULTS);
    }

    /**
     * Consumes every remaining byte of {@code input} and returns the events those bytes complete,
     * in order: possibly none (a line is still incomplete), possibly several requests (pipelining).
     *
     * @throws HttpParseException when the bytes break the grammar or a limit; the parser is then
     *                            dead, and every later call throws the same exception
     */
    public List<ParseEvent> feed(ByteBuffer input) {
        if (failure != null) {
            throw failure;
        }
        List<ParseEvent> events = new ArrayList<>();
        try {
            while (input.hasRemaining()) {
                step(input, events);
            }
        } catch (HttpParseException e) {
            failure = e;
            throw e;
        }
        return events;
    }

    private void step(ByteBuffer in, List<ParseEvent> events) {
        switch (state) {
            case BODY, CHUNK_DATA -> readBody(in, events);
            case CHUNK_DATA_CR -> expect(in, CR, State.CHUNK_DATA_LF);
            case CHUNK_DATA_LF -> expect(in, LF, State.CHUNK_SIZE);
            default -> {
                if (readLine(in)) {
                    lineComplete(events);
                }
            }
        }
    }

    // ---- lines

    /** Collects one line without its CRLF; true once the CRLF arrived. */
    private boolean readLine(ByteBuffer in) {
        while (in.hasRemaining()) {
            byte b = in.get();
            countSectionByte();
            if (sawCr) {
                if (b != LF) {
                    throw error(ParseError.BARE_LINE_ENDING, "CR followed by " + describe(b) + " instead of LF");
                }
                sawCr = false;
                return true;
            }
            if (b == CR) {
                sawCr = true;
            } else if (b == LF) {
                throw error(ParseError.BARE_LINE_ENDING, "LF without a CR before it");
            } else {
                append(b);
            }
        }
        return false;
    }

    private void countSectionByte() {
        if ((state == State.HEADERS || state == State.TRAILERS) && ++sectionBytes > limits.maxHeaderSectionBytes()) {
            throw error(ParseError.HEADERS_TOO_LARGE, "more than " + limits.maxHeaderSectionBytes() + " bytes");
        }
    }

    private void append(byte b) {
        if (lineLength == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
        }
        line[lineLength++] = b;
        if (state == State.REQUEST_LINE) {
            checkRequestLineSoFar(b);
        } else if (state == State.CHUNK_SIZE && lineLength > MAX_CHUNK_LINE_LENGTH) {
            throw error(ParseError.INVALID_CHUNK, "chunk-size line longer than " + MAX_CHUNK_LINE_LENGTH + " bytes");
        }
    }

    /** Fails a request line as soon as one of its parts is too long, before its CRLF arrives. */
    private void checkRequestLineSoFar(byte b) {
        int at = lineLength - 1;
        if (b == ' ') {
            if (firstSpace < 0) {
                firstSpace = at;
            } else if (secondSpace < 0) {
                secondSpace = at;
            }
        }
        if (firstSpace < 0 && lineLength > MAX_METHOD_LENGTH) {
            throw error(ParseError.MALFORMED_REQUEST_LINE, "method longer than " + MAX_METHOD_LENGTH + " bytes");
        }
        if (firstSpace >= 0 && secondSpace < 0 && at - firstSpace > limits.maxTargetLength()) {
            throw error(ParseError.TARGET_TOO_LONG, "target longer than " + limits.maxTargetLength() + " bytes");
        }
        if (secondSpace >= 0 && at - secondSpace > "HTTP/1.1".length()) {
            throw error(ParseError.MALFORMED_REQUEST_LINE, "version longer than HTTP/x.y");
        }
    }

    private void lineComplete(List<ParseEvent> events) {
        String text = new String(line, 0, lineLength, ISO_8859_1);
        lineLength = 0;
        firstSpace = -1;
        secondSpace = -1;
        switch (state) {
            case REQUEST_LINE -> {
                if (!text.isEmpty()) {  // RFC 9112 section 2.2: ignore empty lines before a request
                    requestLine(text);
                }
            }
            case HEADERS -> {
                if (text.isEmpty()) {
                    endOfHeaders(events);
                } else {
                    fields.add(fieldLine(text));
                }
            }
            case CHUNK_SIZE -> chunkSize(text);
            case TRAILERS -> {
                if (text.isEmpty()) {
                    finish(events, fields);
                } else {
                    fields.add(fieldLine(text));
                }
            }
            default -> throw new IllegalStateException("no line is read in state " + state);
        }
    }

    // ---- request line and fields

    private void requestLine(String text) {
        String[] parts = text.split(" ", -1);
        if (parts.length != 3) {
            throw error(ParseError.MALFORMED_REQUEST_LINE, "expected method SP target SP version in '" + text + "'");
        }
        if (!isToken(parts[0])) {
            throw error(ParseError.MALFORMED_REQUEST_LINE, "method '" + parts[0] + "' is not a token");
        }
        if (parts[1].isEmpty() || !parts[1].chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw error(ParseError.MALFORMED_REQUEST_LINE, "target is empty or has a byte outside 0x21-0x7E");
        }
        method = parts[0];
        target = parts[1];
        version = version(parts[2]);
        state = State.HEADERS;
        sectionBytes = 0;
    }

    private static HttpVersion version(String text) {
        if (!text.matches("HTTP/[0-9]\\.[0-9]")) {
            throw error(ParseError.MALFORMED_REQUEST_LINE, "version '" + text + "' is not HTTP/DIGIT.DIGIT");
        }
        return switch (text) {
            case "HTTP/1.1" -> HttpVersion.HTTP_1_1;
            case "HTTP/1.0" -> HttpVersion.HTTP_1_0;
            default -> throw error(ParseError.UNSUPPORTED_VERSION, text);
        };
    }

    private static HeaderField fieldLine(String text) {
        char first = text.charAt(0);
        if (first == ' ' || first == '\t') {
            throw error(ParseError.OBSOLETE_LINE_FOLDING, "field line starts with whitespace");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw error(ParseError.INVALID_HEADER_NAME, colon < 0 ? "no colon in field line" : "empty field name");
        }
        String name = text.substring(0, colon);
        char last = name.charAt(name.length() - 1);
        if (last == ' ' || last == '\t') {
            throw error(ParseError.WHITESPACE_BEFORE_COLON, "'" + name + "'");
        }
        if (!isToken(name)) {
            throw error(ParseError.INVALID_HEADER_NAME, "'" + name + "' is not a token");
        }
        String value = trimOws(text.substring(colon + 1));
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw error(ParseError.INVALID_HEADER_VALUE, name + " contains " + describe((byte) c));
            }
        }
        return new HeaderField(name, value);
    }

    // ---- framing: how long is the body?

    private void endOfHeaders(List<ParseEvent> events) {
        List<HeaderField> headers = List.copyOf(fields);
        fields = new ArrayList<>();
        if (version == HttpVersion.HTTP_1_1 && count(headers, "Host") != 1) {
            throw error(ParseError.INVALID_HOST, count(headers, "Host") + " Host fields");
        }
        boolean chunked = count(headers, "Transfer-Encoding") > 0;
        boolean hasLength = count(headers, "Content-Length") > 0;
        if (chunked && hasLength) {
            throw error(ParseError.CONTENT_LENGTH_WITH_TRANSFER_ENCODING, "refusing a body framed two ways");
        }
        if (chunked) {
            checkCodings(listElements(headers, "Transfer-Encoding"));
        }
        long length = hasLength ? contentLength(listElements(headers, "Content-Length")) : 0;
        events.add(new RequestHead(method, target, version, headers));
        bodyTotal = 0;
        if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (length > 0) {
            bodyRemaining = length;
            state = State.BODY;
        } else {
            finish(events, List.of());
        }
    }

    private static void checkCodings(List<String> elements) {
        List<String> codings = elements.stream().filter(c -> !c.isEmpty()).map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (codings.isEmpty() || codings.indexOf("chunked") != codings.size() - 1) {
            throw error(ParseError.CHUNKED_NOT_LAST, "codings " + codings);
        }
        if (codings.size() > 1) {
            throw error(ParseError.UNSUPPORTED_TRANSFER_CODING, codings.get(0));
        }
    }

    private long contentLength(List<String> elements) {
        for (String element : elements) {
            if (element.isEmpty() || !element.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw error(ParseError.INVALID_CONTENT_LENGTH, "'" + element + "' is not 1*DIGIT");
            }
        }
        long length = -1;
        for (String element : elements) {
            long value = parseSaturated(element);
            if (length >= 0 && value != length) {
                throw error(ParseError.CONFLICTING_CONTENT_LENGTH, elements.toString());
            }
            length = value;
        }
        if (length > limits.maxBodyBytes()) {
            throw error(ParseError.BODY_TOO_LARGE, "Content-Length " + elements.get(0) + " > " + limits.maxBodyBytes());
        }
        return length;
    }

    private static long parseSaturated(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            if (value > (Long.MAX_VALUE - 9) / 10) {
                return Long.MAX_VALUE;
            }
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    // ---- bodies

    private void readBody(ByteBuffer in, List<ParseEvent> events) {
        int n = (int) Math.min(bodyRemaining, in.remaining());
        byte[] bytes = new byte[n];
        in.get(bytes);
        events.add(new BodyChunk(bytes));
        bodyRemaining -= n;
        if (bodyRemaining == 0) {
            if (state == State.BODY) {
                finish(events, List.of());
            } else {
                state = State.CHUNK_DATA_CR;
            }
        }
    }

    private void chunkSize(String text) {
        int digits = 0;
        while (digits < text.length() && Character.digit(text.charAt(digits), 16) >= 0) {
            digits++;
        }
        if (digits == 0 || digits > 15) {
            throw error(ParseError.INVALID_CHUNK, "chunk size '" + text + "' is not 1 to 15 hex digits");
        }
        String extensions = text.substring(digits);
        if (!extensions.isEmpty() && !trimOws(extensions).startsWith(";")) {
            throw error(ParseError.INVALID_CHUNK, "'" + extensions + "' after the chunk size is not ;extension");
        }
        if (extensions.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F)) {
            throw error(ParseError.INVALID_CHUNK, "control character in a chunk extension");
        }
        long size = Long.parseLong(text.substring(0, digits), 16);
        if (size == 0) {
            state = State.TRAILERS;
            sectionBytes = 0;
            return;
        }
        if (bodyTotal + size > limits.maxBodyBytes()) {
            throw error(ParseError.BODY_TOO_LARGE, "chunks add up to more than " + limits.maxBodyBytes());
        }
        bodyTotal += size;
        bodyRemaining = size;
        state = State.CHUNK_DATA;
    }

    private void expect(ByteBuffer in, byte expected, State next) {
        byte b = in.get();
        if (b != expected) {
            throw error(ParseError.INVALID_CHUNK, "chunk data followed by " + describe(b) + " instead of CRLF");
        }
        state = next;
    }

    private void finish(List<ParseEvent> events, List<HeaderField> trailers) {
        events.add(new RequestEnd(trailers));
        fields = new ArrayList<>();
        state = State.REQUEST_LINE;
    }

    // ---- small helpers

    private static int count(List<HeaderField> headers, String name) {
        return (int) headers.stream().filter(f -> f.name().equalsIgnoreCase(name)).count();
    }

    /** All comma-separated elements of every field with this name, trimmed, empty ones kept. */
    private static List<String> listElements(List<HeaderField> headers, String name) {
        List<String> elements = new ArrayList<>();
        for (HeaderField field : headers) {
            if (field.name().equalsIgnoreCase(name)) {
                for (String element : field.value().split(",", -1)) {
                    elements.add(trimOws(element));
                }
            }
        }
        return elements;
    }

    private static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c < 0x7F
                && (Character.isLetterOrDigit(c) || TCHAR_SYMBOLS.indexOf(c) >= 0));
    }

    private static String trimOws(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String describe(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }

    private static HttpParseException error(ParseError error, String detail) {
        return new HttpParseException(error, detail);
    }
}
