package dev.backendlab.phase02.parser;

import static dev.backendlab.phase02.parser.Feeding.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.WireBytes;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Exercise(order = 1, title = "Request parser", topics = {"HTTP Basics", "Status Codes"})
@DisplayName("Exercise 1: Request parser")
class RequestParserTest {

    /** Small limits, so the limit checks need few bytes. */
    static final ParserLimits LIMITS = new ParserLimits(64, 256, 100);

    static final String README = " (README, Exercise 1: Request parser)";

    // ---- the helpers every check goes through

    /**
     * Parses the wire bytes whole, one byte at a time and in random splits, with a fresh parser each
     * time; all must give the same requests. Returns them.
     */
    static List<Message> parseEveryWay(String wire) {
        byte[] bytes = bytes(wire);
        List<Message> first = null;
        for (Feeding.Split split : Feeding.everyWay(bytes.length)) {
            List<Message> messages;
            try {
                messages = Message.assemble(Feeding.feed(new RequestParser(LIMITS), bytes, split));
            } catch (HttpParseException e) {
                throw new AssertionError("rejected a valid request with " + e.getMessage() + "\n  bytes: \""
                        + WireBytes.escape(bytes) + "\"\n  fed " + split + README, e);
            }
            if (first == null) {
                first = messages;
            } else {
                assertThat(messages)
                        .as("the same bytes must parse to the same requests however they are split; fed whole they gave "
                                + "the expected list, fed %s they gave the actual list.%n  bytes: \"%s\"", split,
                                WireBytes.escape(bytes))
                        .isEqualTo(first);
            }
        }
        return first;
    }

    /** Feeds the bytes every way and requires the same rejection each time. */
    static void assertRejectedEveryWay(String wire, ParseError expected, ParserLimits limits) {
        byte[] bytes = bytes(wire);
        for (Feeding.Split split : Feeding.everyWay(bytes.length)) {
            List<ParseEvent> events;
            try {
                events = Feeding.feed(new RequestParser(limits), bytes, split);
            } catch (HttpParseException e) {
                assertThat(e.error())
                        .as("wrong rejection: expected %d %s, got %d %s (message: %s)%n  bytes: \"%s\"%n  fed %s%s",
                                expected.status(), expected, e.error().status(), e.error(), e.getMessage(),
                                WireBytes.escape(bytes), split, README)
                        .isEqualTo(expected);
                continue;
            }
            fail("accepted a request the parser must reject with %d %s (%s); it produced %s%n  bytes: \"%s\"%n  fed %s%s",
                    expected.status(), expected, expected.reason(), events, WireBytes.escape(bytes), split, README);
        }
    }

    static Message only(List<Message> messages) {
        assertThat(messages).as("expected exactly one complete request").hasSize(1);
        assertThat(messages.get(0).complete()).as("the request must end with a RequestEnd event").isTrue();
        return messages.get(0);
    }

    static HeaderField field(String name, String value) {
        return new HeaderField(name, value);
    }

    // ---- requests that must be accepted

    @Nested
    @DisplayName("accepts")
    class Accepts {

        @Test
        void a_get_request_with_its_line_and_headers() {
            Message message = only(parseEveryWay(
                    "GET /search?q=http HTTP/1.1\r\nHost: example.test\r\nAccept: */*\r\n\r\n"));

            assertThat(message.head()).isEqualTo(new RequestHead("GET", "/search?q=http", HttpVersion.HTTP_1_1,
                    List.of(field("Host", "example.test"), field("Accept", "*/*"))));
            assertThat(message.body()).as("a request without Content-Length or Transfer-Encoding has no body").isEmpty();
        }

        @Test
        void repeated_fields_in_order_with_the_senders_case() {
            Message message = only(parseEveryWay(
                    "GET / HTTP/1.1\r\nhost: a\r\nX-Tag: one\r\nx-tag: two\r\nX-TAG: three\r\n\r\n"));

            assertThat(message.head().headers())
                    .as("every field line is kept as sent: names keep their case, repeats stay separate and in order")
                    .containsExactly(field("host", "a"), field("X-Tag", "one"), field("x-tag", "two"),
                            field("X-TAG", "three"));
        }

        @Test
        void values_without_surrounding_whitespace_but_with_inner_spaces() {
            Message message = only(parseEveryWay(
                    "GET / HTTP/1.1\r\nHost: a\r\nX-Spaced: \t one  two \t\r\nX-Empty:\r\nX-Tight:v\r\n\r\n"));

            assertThat(message.head().headers())
                    .as("OWS (spaces and tabs) before and after a value is not part of it; RFC 9112 section 5")
                    .containsExactly(field("Host", "a"), field("X-Spaced", "one  two"), field("X-Empty", ""),
                            field("X-Tight", "v"));
        }

        @Test
        void a_content_length_body_whatever_the_case_of_the_name() {
            Message message = only(parseEveryWay(
                    "POST /echo HTTP/1.1\r\nHost: a\r\ncontent-LENGTH: 11\r\n\r\nhello world"));

            assertThat(message.body()).as("field names are case-insensitive: content-LENGTH frames the body").isEqualTo("hello world");
            assertThat(message.trailers()).isEmpty();
        }

        @Test
        void a_chunked_body_with_hex_sizes_extensions_and_trailers() {
            Message message = only(parseEveryWay("POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n"
                    + "A;name=value\r\n, chunked!\r\n"
                    + "1f ; ext=\"quoted value\";flag\r\n" + "0123456789abcdefghijklmnopqrstu\r\n"
                    + "0\r\nX-Checksum: abc\r\nX-Count: 3\r\n\r\n"));

            assertThat(message.body())
                    .as("chunk sizes are hex (A = 10, 1f = 31); extensions after ';' are skipped; only the data is body")
                    .isEqualTo("hello, chunked!0123456789abcdefghijklmnopqrstu");
            assertThat(message.trailers()).as("fields after the last chunk are trailers")
                    .containsExactly(field("X-Checksum", "abc"), field("X-Count", "3"));
        }

        @Test
        void transfer_encoding_chunked_in_any_case() {
            Message message = only(parseEveryWay(
                    "POST / HTTP/1.1\r\nHost: a\r\ntransfer-encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"));

            assertThat(message.body()).as("transfer coding names are case-insensitive").isEqualTo("abc");
        }

        @Test
        void pipelined_requests_in_order_on_one_connection() {
            List<Message> messages = parseEveryWay("GET /1 HTTP/1.1\r\nHost: a\r\n\r\n"
                    + "POST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                    + "PUT /3 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n"
                    + "GET /4 HTTP/1.0\r\n\r\n");

            assertThat(messages).as("four requests sent back to back are four requests")
                    .extracting(m -> m.head().method() + " " + m.head().target() + " " + m.head().version() + " body=" + m.body())
                    .containsExactly("GET /1 HTTP_1_1 body=", "POST /2 HTTP_1_1 body=abc", "PUT /3 HTTP_1_1 body=de",
                            "GET /4 HTTP_1_0 body=");
            assertThat(messages).allMatch(Message::complete, "every request completed");
        }

        @Test
        void an_http_1_0_request_without_host() {
            Message message = only(parseEveryWay("GET /old HTTP/1.0\r\nUser-Agent: retro\r\n\r\n"));

            assertThat(message.head()).as("HTTP/1.0 did not require Host").isEqualTo(
                    new RequestHead("GET", "/old", HttpVersion.HTTP_1_0, List.of(field("User-Agent", "retro"))));
        }

        @Test
        void identical_duplicate_content_lengths() {
            List<Message> messages = parseEveryWay("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc"
                    + "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2, 2\r\n\r\nde");

            assertThat(messages).as("repeated Content-Length values that agree frame one body (RFC 9110 section 8.6)")
                    .extracting(Message::body).containsExactly("abc", "de");
        }

        @Test
        void an_empty_line_before_the_request_line() {
            Message message = only(parseEveryWay("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"));

            assertThat(message.head().target())
                    .as("a server should ignore an empty line before a request line (RFC 9112 section 2.2)").isEqualTo("/");
        }

        @Test
        void obs_text_bytes_in_a_value_as_latin1() {
            Message message = only(parseEveryWay("GET / HTTP/1.1\r\nHost: a\r\nX-Name: caf\u00e9 \u00ff\r\n\r\n"));

            assertThat(message.head().headers()).as("bytes 0x80 to 0xFF are allowed in values and map to one char each")
                    .contains(field("X-Name", "caf\u00e9 \u00ff"));
        }

        @Test
        void everything_exactly_at_the_limits() {
            String target = "/" + "t".repeat(LIMITS.maxTargetLength() - 1);
            String others = "Host: a\r\nX-Fill: \r\nContent-Length: 100\r\n\r\n";
            String fill = "f".repeat(LIMITS.maxHeaderSectionBytes() - others.length());
            String section = "Host: a\r\nX-Fill: " + fill + "\r\nContent-Length: 100\r\n\r\n";
            assertThat(section).hasSize(LIMITS.maxHeaderSectionBytes());
            String wire = "POST " + target + " HTTP/1.1\r\n" + section + "b".repeat(100);

            Message message = only(parseEveryWay(wire));

            assertThat(message.head().target()).as("a target of exactly maxTargetLength bytes is allowed").isEqualTo(target);
            assertThat(message.body()).as("a body of exactly maxBodyBytes is allowed").hasSize(100);
        }
    }

    // ---- events come as soon as the bytes allow

    @Nested
    @DisplayName("streams")
    class Streams {

        @Test
        void the_head_before_any_body_byte_arrives() {
            RequestParser parser = new RequestParser(LIMITS);

            List<ParseEvent> events = parser.feed(ByteBuffer.wrap(bytes(
                    "POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n")));

            assertThat(events).as("the head is reported when the empty line arrives, so a server can answer "
                    + "100-continue before the client sends the body").containsExactly(new RequestHead("POST", "/big",
                    HttpVersion.HTTP_1_1, List.of(field("Host", "a"), field("Content-Length", "10"),
                            field("Expect", "100-continue"))));
        }

        @Test
        void body_bytes_as_they_arrive_without_collecting_them() {
            RequestParser parser = new RequestParser(LIMITS);
            parser.feed(ByteBuffer.wrap(bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n")));

            List<ParseEvent> firstPart = parser.feed(ByteBuffer.wrap(bytes("0123")));
            List<ParseEvent> rest = parser.feed(ByteBuffer.wrap(bytes("456789")));

            assertThat(firstPart).as("4 of 10 body bytes arrived: they are handed on now, in one BodyChunk, not kept "
                    + "until the body is complete").singleElement().isInstanceOfSatisfying(BodyChunk.class,
                    chunk -> assertThat(new String(chunk.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("0123"));
            assertThat(rest).as("the last 6 bytes: a BodyChunk, then the RequestEnd").hasSize(2);
            assertThat(rest.get(1)).isEqualTo(new RequestEnd(List.of()));
        }

        @Test
        void a_bodyless_request_ends_without_waiting_for_more_bytes() {
            RequestParser parser = new RequestParser(LIMITS);

            List<ParseEvent> events = parser.feed(ByteBuffer.wrap(bytes("DELETE /item/7 HTTP/1.1\r\nHost: a\r\n\r\n")));

            assertThat(events).as("no Content-Length and no Transfer-Encoding: the request ends with its header section")
                    .containsExactly(new RequestHead("DELETE", "/item/7", HttpVersion.HTTP_1_1, List.of(field("Host", "a"))),
                            new RequestEnd(List.of()));
        }

        @Test
        void rejects_an_endless_target_before_its_line_ends() {
            RequestParser parser = new RequestParser(LIMITS);
            String target = "/" + "a".repeat(LIMITS.maxTargetLength() + 1);
            byte[] endless = bytes("GET " + target);

            try {
                parser.feed(ByteBuffer.wrap(endless));
            } catch (HttpParseException e) {
                assertThat(e.error()).as("a target longer than the limit of %d bytes (maxTargetLength) is 414 as soon as "
                        + "its byte %d arrives", LIMITS.maxTargetLength(), LIMITS.maxTargetLength() + 1)
                        .isEqualTo(ParseError.TARGET_TOO_LONG);
                return;
            }
            fail("fed a %d-byte target, over the limit of %d bytes (maxTargetLength), with no space or CRLF after it "
                    + "yet, and it was not rejected: a parser that waits for the end of the line lets a client make it "
                    + "buffer without end; expected 414 %s as soon as the target passes %d bytes%n  bytes: \"%s\"%s",
                    target.length(), LIMITS.maxTargetLength(), ParseError.TARGET_TOO_LONG, LIMITS.maxTargetLength(),
                    WireBytes.escape(endless), README);
        }

        @Test
        void rejects_an_endless_header_section_before_it_ends() {
            RequestParser parser = new RequestParser(LIMITS);
            byte[] endless = bytes("GET / HTTP/1.1\r\nHost: a\r\n" + "X-Pad: 0123456789\r\n".repeat(20));

            try {
                parser.feed(ByteBuffer.wrap(endless));
            } catch (HttpParseException e) {
                assertThat(e.error()).as("header fields that outgrow the limit are 431 as soon as they do")
                        .isEqualTo(ParseError.HEADERS_TOO_LARGE);
                return;
            }
            fail("fed %d header bytes (limit %d, no empty line yet) without a rejection; expected 431 %s%s",
                    endless.length, LIMITS.maxHeaderSectionBytes(), ParseError.HEADERS_TOO_LARGE, README);
        }

        @Test
        void rejects_a_too_large_content_length_before_the_body_arrives() {
            RequestParser parser = new RequestParser(LIMITS);
            byte[] head = bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n");

            try {
                parser.feed(ByteBuffer.wrap(head));
            } catch (HttpParseException e) {
                assertThat(e.error()).isEqualTo(ParseError.BODY_TOO_LARGE);
                return;
            }
            fail("a declared Content-Length of 101 over a limit of 100 must be 413 at the head, before any body byte "
                    + "is read\n  bytes: \"%s\"%s", WireBytes.escape(head), README);
        }

        @Test
        void stays_failed_after_a_rejection() {
            RequestParser parser = new RequestParser(LIMITS);
            try {
                parser.feed(ByteBuffer.wrap(bytes("GET / HTTP/9.9\r\n")));
                fail("HTTP/9.9 must be rejected with 505");
            } catch (HttpParseException first) {
                assertThat(first.error()).isEqualTo(ParseError.UNSUPPORTED_VERSION);
            }

            try {
                parser.feed(ByteBuffer.wrap(bytes("GET / HTTP/1.1\r\nHost: a\r\n\r\n")));
            } catch (HttpParseException again) {
                assertThat(again.error()).as("after a framing error nothing on the connection can be trusted: later "
                        + "feeds throw the same error").isEqualTo(ParseError.UNSUPPORTED_VERSION);
                return;
            }
            fail("after rejecting a request the parser accepted more bytes; it must keep throwing the same error");
        }
    }

    // ---- requests that must be rejected, each fed whole, byte by byte and in random splits

    static Stream<Arguments> rejections() {
        String ok = "GET / HTTP/1.1\r\nHost: a\r\n";
        String post = "POST / HTTP/1.1\r\nHost: a\r\n";
        String chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
        return Stream.of(
                reject("request line without a version", "GET /\r\nHost: a\r\n\r\n", ParseError.MALFORMED_REQUEST_LINE),
                reject("two spaces after the method", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", ParseError.MALFORMED_REQUEST_LINE),
                reject("a fourth part after the version", "GET / HTTP/1.1 x\r\nHost: a\r\n\r\n", ParseError.MALFORMED_REQUEST_LINE),
                reject("lower-case protocol name", "GET / http/1.1\r\nHost: a\r\n\r\n", ParseError.MALFORMED_REQUEST_LINE),
                reject("method that is not a token", "GE(T / HTTP/1.1\r\nHost: a\r\n\r\n", ParseError.MALFORMED_REQUEST_LINE),
                reject("non-ASCII byte in the target", "GET /caf\u00e9 HTTP/1.1\r\nHost: a\r\n\r\n", ParseError.MALFORMED_REQUEST_LINE),
                reject("HTTP/2.0 on an HTTP/1 connection", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", ParseError.UNSUPPORTED_VERSION),
                reject("target one byte over the limit", "GET /" + "a".repeat(64) + " HTTP/1.1\r\nHost: a\r\n\r\n", ParseError.TARGET_TOO_LONG),
                reject("header section one byte over the limit", ok + "X-Fill: " + "f".repeat(256 - 9 - 10 - 2 + 1) + "\r\n\r\n",
                        ParseError.HEADERS_TOO_LARGE),
                reject("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", ParseError.INVALID_HOST),
                reject("HTTP/1.1 with two Host fields", ok + "Host: b\r\n\r\n", ParseError.INVALID_HOST),
                reject("Content-Length over the body limit", post + "Content-Length: 101\r\n\r\n", ParseError.BODY_TOO_LARGE),
                reject("Content-Length too large for a long", post + "Content-Length: 99999999999999999999999\r\n\r\n", ParseError.BODY_TOO_LARGE),
                reject("chunks adding up to more than the body limit", chunked + "40\r\n" + "x".repeat(64) + "\r\n25\r\n", ParseError.BODY_TOO_LARGE),
                reject("Content-Length and Transfer-Encoding (request smuggling)",
                        post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", ParseError.CONTENT_LENGTH_WITH_TRANSFER_ENCODING),
                reject("Transfer-Encoding before Content-Length (request smuggling)",
                        post + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", ParseError.CONTENT_LENGTH_WITH_TRANSFER_ENCODING),
                reject("two Content-Length fields that differ", post + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
                        ParseError.CONFLICTING_CONTENT_LENGTH),
                reject("a Content-Length list that differs", post + "Content-Length: 3, 4\r\n\r\nabcd", ParseError.CONFLICTING_CONTENT_LENGTH),
                reject("non-numeric Content-Length", post + "Content-Length: abc\r\n\r\n", ParseError.INVALID_CONTENT_LENGTH),
                reject("negative Content-Length", post + "Content-Length: -1\r\n\r\n", ParseError.INVALID_CONTENT_LENGTH),
                reject("signed Content-Length", post + "Content-Length: +3\r\n\r\nabc", ParseError.INVALID_CONTENT_LENGTH),
                reject("hex Content-Length", post + "Content-Length: 0x3\r\n\r\nabc", ParseError.INVALID_CONTENT_LENGTH),
                reject("empty Content-Length", post + "Content-Length: \r\n\r\n", ParseError.INVALID_CONTENT_LENGTH),
                reject("space inside Content-Length", post + "Content-Length: 1 2\r\n\r\n", ParseError.INVALID_CONTENT_LENGTH),
                reject("gzip before chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", ParseError.UNSUPPORTED_TRANSFER_CODING),
                reject("gzip in a second field before chunked",
                        post + "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", ParseError.UNSUPPORTED_TRANSFER_CODING),
                reject("chunked followed by gzip", post + "Transfer-Encoding: chunked, gzip\r\n\r\n", ParseError.CHUNKED_NOT_LAST),
                reject("gzip without chunked", post + "Transfer-Encoding: gzip\r\n\r\n", ParseError.CHUNKED_NOT_LAST),
                reject("chunked twice", post + "Transfer-Encoding: chunked, chunked\r\n\r\n", ParseError.CHUNKED_NOT_LAST),
                reject("chunk size that is not hex", chunked + "zz\r\nhello\r\n0\r\n\r\n", ParseError.INVALID_CHUNK),
                reject("empty chunk size", chunked + "\r\nhello\r\n0\r\n\r\n", ParseError.INVALID_CHUNK),
                reject("chunk size with 16 hex digits", chunked + "0000000000000001\r\nx\r\n0\r\n\r\n", ParseError.INVALID_CHUNK),
                reject("chunk size followed by junk", chunked + "5 x\r\nhello\r\n0\r\n\r\n", ParseError.INVALID_CHUNK),
                reject("chunk data without its CRLF", chunked + "5\r\nhelloX\r\n0\r\n\r\n", ParseError.INVALID_CHUNK),
                reject("chunk data longer than its size", chunked + "3\r\nhello\r\n0\r\n\r\n", ParseError.INVALID_CHUNK),
                reject("obsolete line folding", ok + "X-Long: part one\r\n part two\r\n\r\n", ParseError.OBSOLETE_LINE_FOLDING),
                reject("a tab-folded line", ok + "X-Long: part one\r\n\tpart two\r\n\r\n", ParseError.OBSOLETE_LINE_FOLDING),
                reject("space before the colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", ParseError.WHITESPACE_BEFORE_COLON),
                reject("tab before the colon", ok + "X-A\t: 1\r\n\r\n", ParseError.WHITESPACE_BEFORE_COLON),
                reject("field line without a colon", ok + "NoColonHere\r\n\r\n", ParseError.INVALID_HEADER_NAME),
                reject("empty field name", ok + ": value\r\n\r\n", ParseError.INVALID_HEADER_NAME),
                reject("field name that is not a token", ok + "X(Y): 1\r\n\r\n", ParseError.INVALID_HEADER_NAME),
                reject("bare LF ending the request line", "GET / HTTP/1.1\nHost: a\r\n\r\n", ParseError.BARE_LINE_ENDING),
                reject("bare LF ending a field line", ok + "X-A: 1\n\r\n", ParseError.BARE_LINE_ENDING),
                reject("bare CR inside a value", ok + "X-A: 1\r2\r\n\r\n", ParseError.BARE_LINE_ENDING),
                reject("NUL in a value", ok + "X-A: 1\u00002\r\n\r\n", ParseError.INVALID_HEADER_VALUE),
                reject("escape character in a value", ok + "X-A: \u001b[31mred\r\n\r\n", ParseError.INVALID_HEADER_VALUE),
                reject("DEL in a value", ok + "X-A: 1\u007f\r\n\r\n", ParseError.INVALID_HEADER_VALUE),
                reject("control character in a trailer", chunked + "0\r\nX-Trailer: a\u0001b\r\n\r\n", ParseError.INVALID_HEADER_VALUE));
    }

    private static Arguments reject(String description, String wire, ParseError expected) {
        return Arguments.of(description, wire, expected);
    }

    @ParameterizedTest(name = "rejects {0} with {2}")
    @MethodSource("rejections")
    void rejects(String description, String wire, ParseError expected) {
        assertRejectedEveryWay(wire, expected, LIMITS);
    }
}
