package dev.backendlab.phase02.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase02.parser.HeaderField;
import dev.backendlab.phase02.parser.HttpVersion;
import dev.backendlab.phase02.parser.RequestHead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 4, title = "Response writer", topics = {"Status Codes", "req/res Streams"})
@DisplayName("Exercise 4: Response writer")
class ResponseWriterTest {

    static final String README = " (README, Exercise 4: Response writer)";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T07:08:09Z"), ZoneOffset.UTC);
    static final HeaderField DATE = field("Date", "Thu, 05 Mar 2026 07:08:09 GMT");

    static HeaderField field(String name, String value) {
        return new HeaderField(name, value);
    }

    static RequestHead request(String method, HttpVersion version, HeaderField... headers) {
        return new RequestHead(method, "/", version, List.of(headers));
    }

    static RequestHead get11() {
        return request("GET", HttpVersion.HTTP_1_1, field("Host", "a"));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A writer over an in-memory connection. */
    static final class Exchange {
        final ByteArrayOutputStream wire = new ByteArrayOutputStream();
        final ResponseWriter writer;

        Exchange(RequestHead request) {
            writer = new ResponseWriter(wire, request, CLOCK);
        }

        WrittenResponse response() {
            return WrittenResponse.parse(wire.toByteArray());
        }
    }

    @Nested
    @DisplayName("status line and Date")
    class StatusLine {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', value = {"100|Continue", "200|OK", "201|Created", "204|No Content", "301|Moved Permanently",
                "304|Not Modified", "400|Bad Request", "404|Not Found", "405|Method Not Allowed", "408|Request Timeout",
                "413|Content Too Large", "414|URI Too Long", "431|Request Header Fields Too Large",
                "500|Internal Server Error", "501|Not Implemented", "505|HTTP Version Not Supported"})
        void reason_phrases_of_rfc_9110(int status, String phrase) {
            assertThat(StatusCodes.reasonPhrase(status)).as("reason phrase of %d (RFC 9110 section 15)", status).isEqualTo(phrase);
        }

        @Test
        void an_unknown_code_has_an_empty_phrase_and_a_code_outside_100_to_599_is_refused() {
            assertThat(StatusCodes.reasonPhrase(599)).as("a code the RFC does not define has no phrase").isEqualTo("");
            try {
                StatusCodes.reasonPhrase(99);
                fail("reasonPhrase(99) must throw IllegalArgumentException: status codes are 100 to 599%s", README);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }

        @Test
        void dates_are_imf_fixdate_with_a_two_digit_day() {
            assertThat(HttpDate.format(Instant.parse("2026-03-05T07:08:09Z")))
                    .as("IMF-fixdate (RFC 9110 section 5.6.7) pads the day to two digits; RFC_1123_DATE_TIME does not")
                    .isEqualTo("Thu, 05 Mar 2026 07:08:09 GMT");
            assertThat(HttpDate.format(Instant.parse("1994-11-06T08:49:37.123Z"))).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        }
    }

    @Nested
    @DisplayName("known bodies")
    class KnownBodies {

        @Test
        void a_200_with_content_length_date_and_the_handlers_headers_in_order() throws IOException {
            Exchange exchange = new Exchange(get11());

            exchange.writer.send(200, List.of(field("Content-Type", "text/plain"), field("X-Trace", "t1")), bytes("hello"));

            WrittenResponse response = exchange.response();
            assertThat(response.statusLine()).as("status line of: %s", response.escaped()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(response.headers()).as("handler fields in order, then Date and Content-Length, in: %s", response.escaped())
                    .containsExactly(field("Content-Type", "text/plain"), field("X-Trace", "t1"), DATE, field("Content-Length", "5"));
            assertThat(response.rest()).as("the body follows the empty line").isEqualTo("hello");
            assertThat(exchange.writer.keepAlive()).as("HTTP/1.1 keeps the connection open by default").isTrue();
        }

        @Test
        void an_unknown_status_keeps_the_space_before_its_empty_phrase() throws IOException {
            Exchange exchange = new Exchange(get11());

            exchange.writer.send(599, List.of(), new byte[0]);

            assertThat(exchange.response().statusLine()).isEqualTo("HTTP/1.1 599 ");
        }

        @Test
        void head_gets_the_get_headers_and_no_body() throws IOException {
            Exchange get = new Exchange(get11());
            Exchange head = new Exchange(request("HEAD", HttpVersion.HTTP_1_1, field("Host", "a")));

            get.writer.send(200, List.of(field("Content-Type", "text/html")), bytes("<h1>hi</h1>"));
            head.writer.send(200, List.of(field("Content-Type", "text/html")), bytes("<h1>hi</h1>"));

            assertThat(head.response().headers()).as("HEAD is answered with the headers GET would get, Content-Length included "
                    + "(RFC 9110 section 9.3.2)").isEqualTo(get.response().headers()).contains(field("Content-Length", "11"));
            assertThat(head.response().rest()).as("and with no body at all: %s", head.response().escaped()).isEmpty();
        }

        @Test
        void no_content_and_not_modified_carry_no_length_and_no_body() throws IOException {
            Exchange noContent = new Exchange(get11());
            Exchange notModified = new Exchange(get11());

            noContent.writer.send(204, List.of(), new byte[0]);
            notModified.writer.send(304, List.of(field("ETag", "\"v1\"")), new byte[0]);

            assertThat(noContent.response().headers()).as("204: no Content-Length (RFC 9110 section 8.6), no body: %s",
                    noContent.response().escaped()).containsExactly(DATE);
            assertThat(notModified.response().headers()).as("304: no framing fields, no body: %s", notModified.response().escaped())
                    .containsExactly(field("ETag", "\"v1\""), DATE);
            assertThat(noContent.response().rest() + notModified.response().rest()).isEmpty();
        }

        @Test
        void refuses_a_body_for_204_and_framing_headers_from_the_handler() throws IOException {
            assertRefused(() -> new Exchange(get11()).writer.send(204, List.of(), bytes("x")), "send(204, ..., \"x\")");
            assertRefused(() -> new Exchange(get11()).writer.send(200, List.of(field("content-length", "3")), bytes("abc")),
                    "send(200, [content-length: 3], ...): framing is the writer's job");
            assertRefused(() -> new Exchange(get11()).writer.send(100, List.of(), new byte[0]),
                    "send(100, ...): 1xx is sent with informational()");
        }

        @Test
        void one_request_gets_one_response() throws IOException {
            Exchange exchange = new Exchange(get11());
            exchange.writer.send(200, List.of(), bytes("a"));

            try {
                exchange.writer.send(500, List.of(), bytes("b"));
                fail("a second send on one writer must throw IllegalStateException%s", README);
            } catch (IllegalStateException expected) {
                assertThat(exchange.response().rest()).as("the first response stays as written").isEqualTo("a");
            }
        }
    }

    @Nested
    @DisplayName("connection handling")
    class Connections {

        @Test
        void http_1_0_closes_by_default_yet_the_status_line_says_1_1() throws IOException {
            Exchange exchange = new Exchange(request("GET", HttpVersion.HTTP_1_0));

            exchange.writer.send(200, List.of(), bytes("ok"));

            assertThat(exchange.response().statusLine()).as("a server names the highest version it speaks, HTTP/1.1, even to "
                    + "an HTTP/1.0 client (RFC 9110 section 6.2)").isEqualTo("HTTP/1.1 200 OK");
            assertThat(exchange.response().headers()).as("HTTP/1.0 closes after each response unless asked: %s",
                    exchange.response().escaped()).containsExactly(DATE, field("Connection", "close"), field("Content-Length", "2"));
            assertThat(exchange.writer.keepAlive()).isFalse();
        }

        @Test
        void http_1_0_keeps_alive_when_asked() throws IOException {
            Exchange exchange = new Exchange(request("GET", HttpVersion.HTTP_1_0, field("Connection", "Keep-Alive")));

            exchange.writer.send(200, List.of(), bytes("ok"));

            assertThat(exchange.response().headers()).as("an HTTP/1.0 client that asked for keep-alive is told it got it: %s",
                    exchange.response().escaped()).contains(field("Connection", "keep-alive"));
            assertThat(exchange.writer.keepAlive()).isTrue();
        }

        @Test
        void http_1_1_closes_when_the_client_says_close_among_other_tokens() throws IOException {
            Exchange exchange = new Exchange(request("GET", HttpVersion.HTTP_1_1, field("Host", "a"), field("Connection", "TE, Close")));

            exchange.writer.send(200, List.of(), bytes("ok"));

            assertThat(exchange.response().headers()).as("Connection is a comma-separated, case-insensitive token list: %s",
                    exchange.response().escaped()).contains(field("Connection", "close"));
            assertThat(exchange.writer.keepAlive()).isFalse();
        }

        @Test
        void the_handler_can_close_the_connection() throws IOException {
            Exchange exchange = new Exchange(get11());

            exchange.writer.send(503, List.of(field("Connection", "close")), bytes("busy"));

            assertThat(exchange.response().headers()).as("the handler's Connection: close is sent once, not twice: %s",
                    exchange.response().escaped()).containsExactly(field("Connection", "close"), DATE, field("Content-Length", "4"));
            assertThat(exchange.writer.keepAlive()).isFalse();
        }

        @Test
        void interim_100_continue_before_the_final_response() throws IOException {
            Exchange exchange = new Exchange(request("POST", HttpVersion.HTTP_1_1, field("Host", "a"), field("Expect", "100-continue")));

            exchange.writer.informational(100);
            exchange.writer.send(201, List.of(), new byte[0]);

            assertThat(exchange.wire.toString(StandardCharsets.ISO_8859_1))
                    .as("a 1xx is a status line and an empty line, nothing else, before the final response")
                    .startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n");
        }

        @Test
        void no_interim_response_to_http_1_0() throws IOException {
            Exchange exchange = new Exchange(request("POST", HttpVersion.HTTP_1_0));

            exchange.writer.informational(100);
            exchange.writer.send(200, List.of(), new byte[0]);

            assertThat(exchange.wire.toString(StandardCharsets.ISO_8859_1))
                    .as("an HTTP/1.0 client does not know 1xx: a server must not send it one (RFC 9110 section 15.2)")
                    .startsWith("HTTP/1.1 200 OK\r\n");
        }
    }

    @Nested
    @DisplayName("streamed bodies")
    class StreamedBodies {

        @Test
        void each_write_is_a_hex_sized_chunk_and_close_sends_the_last_chunk() throws IOException {
            Exchange exchange = new Exchange(get11());

            try (OutputStream body = exchange.writer.stream(200, List.of(field("Content-Type", "text/plain")))) {
                body.write(bytes("ab"));
                body.write(new byte[0]);
                body.write(bytes("0123456789abcdefghij"));
            }

            WrittenResponse response = exchange.response();
            assertThat(response.headers()).as("a streamed body of unknown length is chunked: %s", response.escaped())
                    .containsExactly(field("Content-Type", "text/plain"), DATE, field("Transfer-Encoding", "chunked"));
            assertThat(response.rest()).as("chunk sizes are hex (20 is 14); an empty write must not send '0\\r\\n', which "
                    + "would end the body early; close() sends the last chunk")
                    .isEqualTo("2\r\nab\r\n14\r\n0123456789abcdefghij\r\n0\r\n\r\n");
        }

        @Test
        void bytes_go_out_as_they_are_written_not_when_the_body_ends() throws IOException {
            Exchange exchange = new Exchange(get11());
            OutputStream body = exchange.writer.stream(200, List.of());
            int afterHead = exchange.wire.size();

            body.write(bytes("first"));
            body.flush();

            assertThat(exchange.wire.toString(StandardCharsets.ISO_8859_1).substring(afterHead))
                    .as("a streamed response is not collected: a write reaches the connection before the body is closed")
                    .isEqualTo("5\r\nfirst\r\n");
            body.close();
        }

        @Test
        void http_1_0_gets_the_body_as_is_ended_by_closing_the_connection() throws IOException {
            Exchange exchange = new Exchange(request("GET", HttpVersion.HTTP_1_0, field("Connection", "keep-alive")));

            try (OutputStream body = exchange.writer.stream(200, List.of())) {
                body.write(bytes("raw "));
                body.write(bytes("bytes"));
            }

            WrittenResponse response = exchange.response();
            assertThat(response.headers()).as("HTTP/1.0 has no chunked coding: the end of the body is the end of the "
                    + "connection, so it closes even though keep-alive was asked: %s", response.escaped())
                    .containsExactly(DATE, field("Connection", "close"));
            assertThat(response.rest()).isEqualTo("raw bytes");
            assertThat(exchange.writer.keepAlive()).isFalse();
        }

        @Test
        void head_gets_the_streamed_get_headers_and_no_chunks() throws IOException {
            Exchange exchange = new Exchange(request("HEAD", HttpVersion.HTTP_1_1, field("Host", "a")));

            try (OutputStream body = exchange.writer.stream(200, List.of())) {
                body.write(bytes("dropped"));
            }

            assertThat(exchange.response().headers()).containsExactly(DATE, field("Transfer-Encoding", "chunked"));
            assertThat(exchange.response().rest()).as("no body, not even the last chunk, for HEAD: %s",
                    exchange.response().escaped()).isEmpty();
        }

        @Test
        void no_stream_for_a_status_without_a_body() throws IOException {
            assertRefused(() -> new Exchange(get11()).writer.stream(304, List.of()), "stream(304, ...)");
            assertRefused(() -> new Exchange(get11()).writer.stream(200, List.of(field("Transfer-Encoding", "chunked"))),
                    "stream(200, [Transfer-Encoding: chunked]): framing is the writer's job");
        }
    }

    interface Call {
        void run() throws IOException;
    }

    static void assertRefused(Call call, String description) throws IOException {
        try {
            call.run();
        } catch (IllegalArgumentException expected) {
            return;
        }
        fail("%s must throw IllegalArgumentException%s", description, README);
    }
}
