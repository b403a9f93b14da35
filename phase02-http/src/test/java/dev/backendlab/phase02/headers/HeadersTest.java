package dev.backendlab.phase02.headers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.WireBytes;
import dev.backendlab.phase02.parser.HeaderField;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 3, title = "Headers", topics = {"Headers"})
@DisplayName("Exercise 3: Headers")
class HeadersTest {

    static final String README = " (README, Exercise 3: Headers)";

    static Headers of(String... namesAndValues) {
        Headers headers = new Headers();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    static HeaderField field(String name, String value) {
        return new HeaderField(name, value);
    }

    @Test
    void names_are_case_insensitive_on_read() {
        Headers headers = of("Content-Type", "text/plain");

        assertThat(headers.get("content-type")).isEqualTo("text/plain");
        assertThat(headers.get("CONTENT-TYPE")).isEqualTo("text/plain");
        assertThat(headers.contains("cOnTeNt-TyPe")).as("field names are case-insensitive (RFC 9110 section 5.1)").isTrue();
    }

    @Test
    void repeated_fields_read_joined_with_comma_space_in_order() {
        Headers headers = of("Accept", "text/html", "X-Other", "1", "accept", "application/json;q=0.9", "ACCEPT", "*/*;q=0.1");

        assertThat(headers.get("Accept")).as("RFC 9110 section 5.3: repeated fields combine into one comma-separated list, in order")
                .isEqualTo("text/html, application/json;q=0.9, */*;q=0.1");
        assertThat(headers.all("accept")).as("all() keeps each field's value separate")
                .containsExactly("text/html", "application/json;q=0.9", "*/*;q=0.1");
    }

    @Test
    void set_cookie_is_never_joined() {
        Headers headers = of("Set-Cookie", "a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "set-cookie", "b=2; Path=/");

        assertThat(headers.all("Set-Cookie")).as("each Set-Cookie is one cookie; its Expires holds a comma")
                .containsExactly("a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "b=2; Path=/");
        try {
            String joined = headers.get("SET-COOKIE");
            fail("get(\"Set-Cookie\") returned \"%s\": joined with commas, cookies cannot be told apart (the Expires date "
                    + "has a comma); get must throw IllegalArgumentException and point to all()%s", joined, README);
        } catch (IllegalArgumentException expected) {
            assertThat(expected).isNotInstanceOf(InvalidHeaderException.class);
        }
    }

    @Test
    void fields_keep_insertion_order_and_the_written_case() {
        Headers headers = of("Host", "a", "x-trace", "1", "Accept", "*/*", "X-Trace", "2");

        assertThat(headers.fields()).as("fields are written in the order added, each name with the case it was added with")
                .containsExactly(field("Host", "a"), field("x-trace", "1"), field("Accept", "*/*"), field("X-Trace", "2"));
        assertThat(headers.names()).as("names(): each name once, first-added order and case").containsExactly("Host", "x-trace", "Accept");
    }

    @Test
    void set_replaces_every_field_of_the_name_in_place_of_the_first() {
        Headers headers = of("A", "1", "Vary", "Accept", "B", "2", "vary", "Origin");

        headers.set("VARY", "Cookie");

        assertThat(headers.fields()).as("set: the first Vary becomes 'VARY: Cookie' where it stood; the other Vary is gone")
                .containsExactly(field("A", "1"), field("VARY", "Cookie"), field("B", "2"));
        headers.set("New", "x");
        assertThat(headers.fields()).as("set of an absent name appends it").endsWith(field("New", "x"));
    }

    @Test
    void remove_deletes_every_field_of_the_name() {
        Headers headers = of("X-A", "1", "Keep", "k", "x-a", "2");

        headers.remove("X-a");

        assertThat(headers.fields()).containsExactly(field("Keep", "k"));
        assertThat(headers.get("X-A")).as("get of a missing name is null").isNull();
        assertThat(headers.all("X-A")).as("all of a missing name is an empty list").isEmpty();
        assertThat(headers.contains("x-a")).isFalse();
    }

    @Test
    void values_lose_surrounding_spaces_and_tabs_but_keep_inner_ones_and_latin1() {
        Headers headers = of("X-Pad", " \t a  b \t", "X-Empty", "", "X-Latin", "caf\u00e9");

        assertThat(headers.fields()).as("OWS around a value is not part of it; an empty value is allowed; "
                + "bytes 0x80 to 0xFF (obs-text) are allowed")
                .containsExactly(field("X-Pad", "a  b"), field("X-Empty", ""), field("X-Latin", "caf\u00e9"));
    }

    @ParameterizedTest(name = "refuses the value \"{0}\"")
    @ValueSource(strings = {"ok\r\nSet-Cookie: session=stolen", "line\nbreak", "carriage\rreturn", "nul\u0000byte",
            "bell\u0007", "del\u007f", "euro \u20ac", "\r\n\r\n<script>"})
    void refuses_values_that_could_inject_a_header(String value) {
        Headers headers = of("Keep", "intact");

        assertRefused(() -> headers.add("X-Value", value), "add(\"X-Value\", \"" + WireBytes.escape(value) + "\")");
        assertRefused(() -> headers.set("Keep", value), "set(\"Keep\", \"" + WireBytes.escape(value) + "\")");
        assertThat(headers.fields()).as("a refused write leaves the headers as they were").containsExactly(field("Keep", "intact"));
    }

    @ParameterizedTest(name = "refuses the name \"{0}\"")
    @ValueSource(strings = {"", "Bad Name", "X:Y", "X\r\nY", "caf\u00e9", "(comment)", "X-A\t"})
    void refuses_names_that_are_not_tokens(String name) {
        Headers headers = of("Keep", "intact");

        assertRefused(() -> headers.add(name, "v"), "add(\"" + WireBytes.escape(name) + "\", \"v\")");
        assertRefused(() -> headers.set(name, "v"), "set(\"" + WireBytes.escape(name) + "\", \"v\")");
        assertThat(headers.fields()).as("a refused write leaves the headers as they were").containsExactly(field("Keep", "intact"));
    }

    private static void assertRefused(Runnable write, String call) {
        try {
            write.run();
        } catch (InvalidHeaderException expected) {
            return;
        }
        fail("%s must throw InvalidHeaderException: names are tokens, values are tab, 0x20-0x7E and 0x80-0xFF only. "
                + "A CR or LF in a value would end the header line and let the caller write headers of their own "
                + "(response splitting)%s", call, README);
    }
}
