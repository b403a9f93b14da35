package dev.backendlab.phase04.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backendlab.grader.Exercise;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 7, title = "Authorization header", topics = {"Authorization Header"})
@DisplayName("Exercise 7: Authorization header")
class AuthorizationHeaderTest {

    static final String BEARER_400 = "Bearer realm=\"api\", error=\"invalid_request\"";
    static final String BASIC_400 = "Basic realm=\"api\", charset=\"UTF-8\"";
    static final String BOTH_401 = "Bearer realm=\"api\", Basic realm=\"api\", charset=\"UTF-8\"";

    final AuthorizationHeaderParser parser = new AuthorizationHeaderParser("api");

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    AuthorizationHeaderException refused(String header) {
        AuthorizationHeaderException e = catchThrowableOfType(AuthorizationHeaderException.class, () -> parser.parse(header));
        assertThat(e).as("parse(\"%s\") must throw AuthorizationHeaderException", header).isNotNull();
        return e;
    }

    @Nested
    @DisplayName("Bearer (RFC 6750 section 2.1)")
    class BearerScheme {

        @ParameterizedTest(name = "\"{0}\"")
        @CsvSource(delimiter = '|', value = {
            "Bearer mF_9.B5f-4.1JqM|mF_9.B5f-4.1JqM",
            "bearer mF_9.B5f-4.1JqM|mF_9.B5f-4.1JqM",
            "BEARER mF_9.B5f-4.1JqM|mF_9.B5f-4.1JqM",
            "Bearer   abc~+/xyz==|abc~+/xyz==",
            "'  Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln  '|eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
        })
        void a_bearer_token_is_read_whatever_the_scheme_s_case(String header, String token) {
            assertThat(parser.parse(header)).as("scheme names are case-insensitive (RFC 9110 section 11.1)")
                    .contains(new Credentials.Bearer(token));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Bearer", "Bearer ", "Bearer a b", "Bearer a=b", "Bearer a,b", "Bearer =abc", "Bearer tök", "Bearer \"quoted\""})
        void malformed_bearer_credentials_are_400_invalid_request(String header) {
            AuthorizationHeaderException e = refused(header);
            assertThat(e.status()).as("RFC 6750 section 3.1: a malformed request is 400 invalid_request").isEqualTo(400);
            assertThat(e.challenge()).isEqualTo(BEARER_400);
        }
    }

    @Nested
    @DisplayName("Basic (RFC 7617)")
    class BasicScheme {

        @Test
        void the_rfc_7617_example_decodes() {
            assertThat(parser.parse("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")).contains(new Credentials.Basic("Aladdin", "open sesame"));
        }

        @Test
        void user_and_password_are_utf_8() {
            assertThat(parser.parse("Basic dGVzdDoxMjPCow==")).as("RFC 7617 section 2.1: test / 123£ in UTF-8")
                    .contains(new Credentials.Basic("test", "123£"));
        }

        @Test
        void the_first_colon_splits_so_the_password_may_hold_colons() {
            assertThat(parser.parse("Basic " + b64("ada:pa:ss:word"))).contains(new Credentials.Basic("ada", "pa:ss:word"));
        }

        @Test
        void an_empty_password_is_a_password() {
            assertThat(parser.parse("Basic " + b64("ada:"))).contains(new Credentials.Basic("ada", ""));
        }

        @Test
        void the_scheme_is_case_insensitive() {
            assertThat(parser.parse("bAsIc " + b64("ada:x"))).contains(new Credentials.Basic("ada", "x"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "no credentials|Basic",
            "not Base64|Basic !!!not-base64!!!",
            "no colon|Basic bm9jb2xvbg==",
            "not UTF-8 (C3 28)|Basic wyg=",
            "a control character in the user|Basic YQE6Yg==",
            "a line break in the password|Basic YTpiDQpj",
        })
        void malformed_basic_credentials_are_400_with_a_basic_challenge(String what, String header) {
            AuthorizationHeaderException e = refused(header);
            assertThat(e.status()).as(what).isEqualTo(400);
            assertThat(e.challenge()).isEqualTo(BASIC_400);
        }
    }

    @Nested
    @DisplayName("no header, other schemes")
    class Others {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "   "})
        void a_blank_header_means_anonymous(String header) {
            assertThat(parser.parse(header)).isEmpty();
        }

        @Test
        void no_header_means_anonymous() {
            assertThat(parser.parse(null)).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Digest username=\"ada\"", "Token abc", "Negotiate YIIB", "=abc"})
        void another_scheme_is_401_with_the_challenges_this_server_accepts(String header) {
            AuthorizationHeaderException e = refused(header);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.challenge()).isEqualTo(BOTH_401);
        }
    }

    @Nested
    @DisplayName("credentials never leak")
    class Secrecy {

        final List<LogRecord> records = new ArrayList<>();
        final Logger logger = Logger.getLogger(AuthorizationHeaderParser.class.getName());
        final Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level previous;

        @BeforeEach
        void capture_the_parser_s_log() {
            previous = logger.getLevel();
            logger.setLevel(Level.ALL);
            logger.addHandler(capture);
        }

        @AfterEach
        void stop_capturing() {
            logger.removeHandler(capture);
            logger.setLevel(previous);
        }

        List<String> logged() {
            SimpleFormatter formatter = new SimpleFormatter();
            synchronized (records) {
                return records.stream().map(formatter::format).toList();
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "a Bearer token with a space in it|Bearer s3cr3t-t0ken extra|s3cr3t-t0ken",
            "a Bearer token with a comma|Bearer s3cr3t,t0ken|s3cr3t",
            "Basic with a control character (ada, hunter2)|Basic YWRhATpodW50ZXIy|hunter2",
            "Basic without a colon, the Base64 form|Basic aHVudGVyMmh1bnRlcjI=|aHVudGVyMmh1bnRlcjI",
            "Basic without a colon, the decoded form|Basic aHVudGVyMmh1bnRlcjI=|hunter2",
            "another scheme|Token s3cr3t-t0ken|s3cr3t-t0ken",
        })
        void a_rejection_is_logged_once_and_neither_log_nor_error_holds_the_secret(String what, String header, String secret) {
            AuthorizationHeaderException e = refused(header);
            assertThat(e.getMessage()).as("the error message (it may reach a response body)").isNotBlank().doesNotContain(secret);
            assertThat(String.valueOf(e.challenge())).doesNotContain(secret);
            assertThat(logged()).as("exactly one log line per rejection, at WARNING, on the System.Logger named after the parser")
                    .hasSize(1);
            assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
            assertThat(logged().get(0)).as("the log line").doesNotContain(secret);
        }

        @Test
        void a_successful_parse_logs_nothing_secret_and_the_credentials_print_masked() {
            Credentials credentials = parser.parse("Basic " + b64("ada:hunter2")).orElseThrow();
            assertThat(logged()).noneMatch(line -> line.contains("hunter2"));
            assertThat(credentials.toString()).isEqualTo("Basic[username=ada, password=***]");
            Credentials bearer = parser.parse("Bearer s3cr3t-t0ken").orElseThrow();
            assertThat(logged()).noneMatch(line -> line.contains("s3cr3t-t0ken"));
            assertThat(bearer.toString()).isEqualTo("Bearer[token=***]");
        }
    }
}
