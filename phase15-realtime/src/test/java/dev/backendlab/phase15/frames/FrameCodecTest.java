package dev.backendlab.phase15.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.Exercise;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 2, title = "Frame codec", topics = {"ws"})
class FrameCodecTest {

    private static final long MAX = 1 << 20;
    private static final byte[] RFC_MASK = bytes("37 fa 21 3d");
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);

    /** The example frames of RFC 6455 section 5.7, byte for byte, both ways. */
    @Nested
    class Rfc_section_5_7_examples {

        @Test
        void encodes_a_single_frame_unmasked_text_message() {
            assertEncodes(Frame.of(true, Opcode.TEXT, HELLO), bytes("81 05 48 65 6c 6c 6f"));
        }

        @Test
        void decodes_a_single_frame_unmasked_text_message() {
            Frame frame = assertDecodes(bytes("81 05 48 65 6c 6c 6f"), Side.SERVER);
            assertFrame(frame, true, Opcode.TEXT, HELLO, bytes("81 05 48 65 6c 6c 6f"));
        }

        @Test
        void encodes_a_single_frame_masked_text_message() {
            assertEncodes(Frame.of(true, Opcode.TEXT, HELLO).masked(RFC_MASK),
                    bytes("81 85 37 fa 21 3d 7f 9f 4d 51 58"));
        }

        @Test
        void decodes_a_single_frame_masked_text_message() {
            byte[] wire = bytes("81 85 37 fa 21 3d 7f 9f 4d 51 58");
            Frame frame = assertDecodes(wire, Side.CLIENT);
            assertFrame(frame, true, Opcode.TEXT, HELLO, wire);
            assertThat(frame.maskingKey()).as("the masking key read from %s", hex(wire)).containsExactly(RFC_MASK);
        }

        @Test
        void encodes_a_fragmented_unmasked_text_message() {
            assertEncodes(Frame.of(false, Opcode.TEXT, "Hel".getBytes(StandardCharsets.US_ASCII)),
                    bytes("01 03 48 65 6c"));
            assertEncodes(Frame.of(true, Opcode.CONTINUATION, "lo".getBytes(StandardCharsets.US_ASCII)),
                    bytes("80 02 6c 6f"));
        }

        @Test
        void decodes_and_reassembles_a_fragmented_unmasked_text_message() {
            Frame first = assertDecodes(bytes("01 03 48 65 6c"), Side.SERVER);
            Frame second = assertDecodes(bytes("80 02 6c 6f"), Side.SERVER);
            assertFrame(first, false, Opcode.TEXT, "Hel".getBytes(StandardCharsets.US_ASCII), bytes("01 03 48 65 6c"));
            assertFrame(second, true, Opcode.CONTINUATION, "lo".getBytes(StandardCharsets.US_ASCII), bytes("80 02 6c 6f"));
            MessageAssembler assembler = new MessageAssembler(MAX);
            assertThat(assembler.accept(first)).as("after the first fragment (FIN=0) no message yet").isEmpty();
            assertThat(assembler.accept(second)).as("after the last fragment the whole message")
                    .contains(new Message.Text("Hello"));
        }

        @Test
        void encodes_and_decodes_an_unmasked_ping() {
            byte[] wire = bytes("89 05 48 65 6c 6c 6f");
            assertEncodes(Frame.of(true, Opcode.PING, HELLO), wire);
            assertFrame(assertDecodes(wire, Side.SERVER), true, Opcode.PING, HELLO, wire);
        }

        @Test
        void encodes_and_decodes_a_masked_pong() {
            byte[] wire = bytes("8a 85 37 fa 21 3d 7f 9f 4d 51 58");
            assertEncodes(Frame.of(true, Opcode.PONG, HELLO).masked(RFC_MASK), wire);
            assertFrame(assertDecodes(wire, Side.CLIENT), true, Opcode.PONG, HELLO, wire);
        }

        @Test
        void encodes_256_bytes_with_a_16_bit_length() {
            byte[] payload = pattern(256);
            assertEncodes(Frame.of(true, Opcode.BINARY, payload), concat(bytes("82 7e 01 00"), payload));
        }

        @Test
        void decodes_256_bytes_with_a_16_bit_length() {
            byte[] payload = pattern(256);
            byte[] wire = concat(bytes("82 7e 01 00"), payload);
            assertFrame(assertDecodes(wire, Side.SERVER), true, Opcode.BINARY, payload, wire);
        }

        @Test
        void encodes_64_kib_with_a_64_bit_length() {
            byte[] payload = pattern(65536);
            assertEncodes(Frame.of(true, Opcode.BINARY, payload),
                    concat(bytes("82 7f 00 00 00 00 00 01 00 00"), payload));
        }

        @Test
        void decodes_64_kib_with_a_64_bit_length() {
            byte[] payload = pattern(65536);
            byte[] wire = concat(bytes("82 7f 00 00 00 00 00 01 00 00"), payload);
            assertFrame(assertDecodes(wire, Side.SERVER), true, Opcode.BINARY, payload, wire);
        }
    }

    @Nested
    class Lengths_and_partial_input {

        @ParameterizedTest(name = "{0} bytes start with {1}")
        @CsvSource({"125, 827d", "126, 827e007e", "65535, 827effff", "65536, 827f0000000000010000"})
        void uses_the_shortest_length_form(int length, String header) {
            byte[] wire = FrameCodec.encode(Frame.of(true, Opcode.BINARY, pattern(length)));
            byte[] expected = HexFormat.of().parseHex(header);
            assertThat(Arrays.copyOf(wire, Math.min(wire.length, expected.length)))
                    .as("RFC 6455 5.2: a payload of %d bytes takes the header %s (7 bits up to 125, 126 + 16 bits up "
                            + "to 65535, else 127 + 64 bits); got %s", length, header, hex(wire, 12))
                    .containsExactly(expected);
            assertThat(wire.length).as("header plus payload").isEqualTo(expected.length + length);
        }

        @Test
        void waits_for_the_rest_of_a_frame() {
            byte[] wire = FrameCodec.encode(Frame.of(true, Opcode.BINARY, pattern(300)).masked(RFC_MASK));
            for (int cut = 0; cut < wire.length; cut++) {
                byte[] prefix = Arrays.copyOf(wire, cut);
                assertThat(FrameCodec.decode(prefix, Side.CLIENT, MAX))
                        .as("the first %d of the %d bytes of a frame are not a frame yet: decode must return empty "
                                + "(bytes: %s)", cut, wire.length, hex(prefix, 16))
                        .isEmpty();
            }
        }

        @Test
        void reads_one_frame_and_says_where_the_next_starts() {
            byte[] wire = concat(bytes("81 05 48 65 6c 6c 6f"), bytes("89 00"));
            Optional<Decoded> first = FrameCodec.decode(wire, Side.SERVER, MAX);
            assertThat(first).as("a frame from %s", hex(wire)).isPresent();
            assertThat(first.get().length()).as("the first frame takes 7 bytes of %s", hex(wire)).isEqualTo(7);
            Frame next = assertDecodes(Arrays.copyOfRange(wire, 7, wire.length), Side.SERVER);
            assertThat(next.opcode()).as("the second frame, 89 00").isEqualTo(Opcode.PING);
        }
    }

    /** Frames a server must refuse, from the header on: the close code says why (RFC 6455 sections 5.2, 5.5, 7.4). */
    @Nested
    class Refusals {

        static Stream<Arguments> frameViolations() {
            return Stream.of(
                    Arguments.of("an unmasked client frame", "81 05 48 65 6c 6c 6f", Side.CLIENT),
                    Arguments.of("a masked server frame", "81 85 37 fa 21 3d 7f 9f 4d 51 58", Side.SERVER),
                    Arguments.of("RSV1 set", "c1 80 00 00 00 00", Side.CLIENT),
                    Arguments.of("RSV2 set", "a1 80 00 00 00 00", Side.CLIENT),
                    Arguments.of("RSV3 set", "91 80 00 00 00 00", Side.CLIENT),
                    Arguments.of("reserved data opcode 0x3", "83 80 00 00 00 00", Side.CLIENT),
                    Arguments.of("reserved control opcode 0xB", "8b 80 00 00 00 00", Side.CLIENT),
                    Arguments.of("a fragmented ping (FIN=0)", "09 80 00 00 00 00", Side.CLIENT),
                    Arguments.of("a ping of 126 bytes", "89 fe 00 7e 00 00 00 00" + " 00".repeat(126), Side.CLIENT),
                    Arguments.of("a 64-bit length with its high bit set", "82 7f 80 00 00 00 00 00 00 05", Side.SERVER));
        }

        @ParameterizedTest(name = "1002 for {0}")
        @MethodSource("frameViolations")
        void a_broken_frame_is_a_protocol_error(String what, String wire, Side sender) {
            assertViolation(() -> FrameCodec.decode(bytes(wire), sender, MAX), CloseCodes.PROTOCOL_ERROR,
                    what + ", bytes " + wire.substring(0, Math.min(wire.length(), 60)) + " from the " + sender);
        }

        @Test
        void an_oversized_frame_is_refused_from_its_header_with_1009() {
            byte[] header = bytes("82 fe 10 00 01 02 03 04");
            assertViolation(() -> FrameCodec.decode(header, Side.CLIENT, 1024), CloseCodes.MESSAGE_TOO_BIG,
                    "a header declaring 4096 bytes when at most 1024 are accepted; the payload has not arrived and "
                            + "need not: refuse before buffering it. Bytes " + hex(header));
        }
    }

    @Nested
    class Reassembly {

        @Test
        void a_ping_between_fragments_comes_out_at_once() {
            MessageAssembler assembler = new MessageAssembler(MAX);
            List<Optional<Message>> out = new ArrayList<>();
            out.add(assembler.accept(Frame.of(false, Opcode.TEXT, ascii("Hel"))));
            out.add(assembler.accept(Frame.of(true, Opcode.PING, ascii("are you there"))));
            out.add(assembler.accept(Frame.of(true, Opcode.CONTINUATION, ascii("lo"))));
            assertThat(out.get(0)).as("TEXT FIN=0 'Hel': no message yet").isEmpty();
            assertThat(out.get(1).map(Message::describe))
                    .as("PING between fragments (RFC 6455 5.4): handed out at once").contains("Ping(are you there)");
            assertThat(out.get(2)).as("CONTINUATION FIN=1 'lo': the text message").contains(new Message.Text("Hello"));
        }

        @Test
        void binary_fragments_join_in_order() {
            MessageAssembler assembler = new MessageAssembler(MAX);
            assembler.accept(Frame.of(false, Opcode.BINARY, bytes("01 02")));
            assembler.accept(Frame.of(false, Opcode.CONTINUATION, bytes("03")));
            Optional<Message> message = assembler.accept(Frame.of(true, Opcode.CONTINUATION, bytes("04 05")));
            assertThat(message).as("three binary fragments make one message").isPresent();
            assertThat(message.get()).isInstanceOf(Message.Binary.class);
            assertThat(((Message.Binary) message.get()).data()).as("01 02 + 03 + 04 05")
                    .containsExactly(bytes("01 02 03 04 05"));
        }

        @Test
        void the_assembler_is_ready_for_the_next_message() {
            MessageAssembler assembler = new MessageAssembler(MAX);
            assembler.accept(Frame.of(false, Opcode.TEXT, ascii("one ")));
            assertThat(assembler.accept(Frame.of(true, Opcode.CONTINUATION, ascii("two"))))
                    .contains(new Message.Text("one two"));
            assertThat(assembler.accept(Frame.of(true, Opcode.TEXT, ascii("three"))))
                    .as("a message after a fragmented one starts afresh").contains(new Message.Text("three"));
        }

        @Test
        void a_continuation_without_a_message_is_a_protocol_error() {
            MessageAssembler assembler = new MessageAssembler(MAX);
            assertViolation(() -> assembler.accept(Frame.of(true, Opcode.CONTINUATION, ascii("lo"))),
                    CloseCodes.PROTOCOL_ERROR, "a CONTINUATION frame when no message was started");
        }

        @Test
        void a_new_message_inside_a_fragmented_one_is_a_protocol_error() {
            MessageAssembler assembler = new MessageAssembler(MAX);
            assembler.accept(Frame.of(false, Opcode.TEXT, ascii("Hel")));
            assertViolation(() -> assembler.accept(Frame.of(true, Opcode.TEXT, ascii("other"))),
                    CloseCodes.PROTOCOL_ERROR, "a TEXT frame while the fragments of another message are coming");
        }

        @Test
        void a_message_growing_past_the_limit_is_refused_with_1009() {
            MessageAssembler assembler = new MessageAssembler(10);
            assembler.accept(Frame.of(false, Opcode.BINARY, pattern(6)));
            assertViolation(() -> assembler.accept(Frame.of(true, Opcode.CONTINUATION, pattern(6))),
                    CloseCodes.MESSAGE_TOO_BIG, "fragments adding up to 12 bytes with a limit of 10");
        }

        @Test
        void a_character_split_across_fragments_is_valid_utf8() {
            MessageAssembler assembler = new MessageAssembler(MAX);
            byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
            assembler.accept(Frame.of(false, Opcode.TEXT, Arrays.copyOf(euro, 1)));
            Optional<Message> message = assembler.accept(Frame.of(true, Opcode.CONTINUATION, Arrays.copyOfRange(euro, 1, 3)));
            assertThat(message).as("the euro sign e2 82 ac sent as e2 | 82 ac: valid once joined (RFC 6455 5.6)")
                    .contains(new Message.Text("\u20ac"));
        }
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("an overlong '/' (c0 af)", List.of("c0 af")),
                Arguments.of("a UTF-16 surrogate (ed a0 80)", List.of("ed a0 80")),
                Arguments.of("a lone continuation byte (80)", List.of("41 80")),
                Arguments.of("a message ending inside a character (e2 82)", List.of("41 e2 82")),
                Arguments.of("a character broken across fragments (e2 | 28 a1)", List.of("e2", "28 a1")));
    }

    @ParameterizedTest(name = "1007 for {0}")
    @MethodSource("invalidUtf8")
    void text_that_is_not_utf8_is_refused_with_1007(String what, List<String> fragments) {
        MessageAssembler assembler = new MessageAssembler(MAX);
        assertViolation(() -> {
            for (int i = 0; i < fragments.size(); i++) {
                Opcode opcode = i == 0 ? Opcode.TEXT : Opcode.CONTINUATION;
                assembler.accept(Frame.of(i == fragments.size() - 1, opcode, bytes(fragments.get(i))));
            }
            return Optional.empty();
        }, CloseCodes.INVALID_PAYLOAD, "a text message with " + what + ", fragments " + fragments);
    }

    @Nested
    class Close_frames {

        @Test
        void a_close_frame_is_built_from_code_and_reason() {
            Frame frame = FrameCodec.closeFrame(1001, "bye");
            assertThat(frame.opcode()).as("closeFrame(1001, \"bye\")").isEqualTo(Opcode.CLOSE);
            assertThat(frame.fin()).as("a control frame is never fragmented").isTrue();
            assertThat(frame.payload()).as("payload: 1001 as 2 bytes big-endian (03 e9), then 'bye'; got %s",
                    hex(frame.payload())).containsExactly(bytes("03 e9 62 79 65"));
        }

        @Test
        void a_reason_over_123_bytes_does_not_fit() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("2 code bytes + 124 reason bytes exceed the 125 bytes of a control frame")
                    .isThrownBy(() -> FrameCodec.closeFrame(1000, "x".repeat(124)));
        }

        @Test
        void code_and_reason_are_read_back() {
            Optional<Message> message = new MessageAssembler(MAX)
                    .accept(Frame.of(true, Opcode.CLOSE, bytes("03 e8 64 6f 6e 65")));
            assertThat(message).as("close payload 03 e8 'done'").contains(new Message.Close(1000, "done"));
        }

        @Test
        void an_empty_close_means_no_status_1005() {
            Optional<Message> message = new MessageAssembler(MAX).accept(Frame.of(true, Opcode.CLOSE, new byte[0]));
            assertThat(message).as("a close frame without payload reads as 1005, no status received (RFC 6455 7.1.5)")
                    .contains(new Message.Close(CloseCodes.NO_STATUS_RECEIVED, ""));
        }

        @Test
        void a_one_byte_close_payload_is_a_protocol_error() {
            assertViolation(() -> new MessageAssembler(MAX).accept(Frame.of(true, Opcode.CLOSE, bytes("03"))),
                    CloseCodes.PROTOCOL_ERROR, "a close payload of 1 byte: a code takes 2");
        }

        @ParameterizedTest(name = "close code {0} is refused with 1002")
        @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 2000, 5000})
        void a_code_that_may_not_be_sent_is_a_protocol_error(int code) {
            byte[] payload = {(byte) (code >> 8), (byte) code};
            assertViolation(() -> new MessageAssembler(MAX).accept(Frame.of(true, Opcode.CLOSE, payload)),
                    CloseCodes.PROTOCOL_ERROR, "close code " + code + " (RFC 6455 7.4: 1004 reserved, 1005/1006/1015 "
                            + "never on the wire, 1016-2999 unassigned, 5000+ undefined)");
        }

        @ParameterizedTest(name = "close code {0} is accepted")
        @ValueSource(ints = {1000, 1001, 1011, 3000, 4999})
        void a_code_that_may_be_sent_is_read(int code) {
            byte[] payload = {(byte) (code >> 8), (byte) code};
            assertThat(new MessageAssembler(MAX).accept(Frame.of(true, Opcode.CLOSE, payload)))
                    .as("close frame with code %d and no reason", code).contains(new Message.Close(code, ""));
        }

        @Test
        void a_reason_that_is_not_utf8_is_refused_with_1007() {
            assertViolation(() -> new MessageAssembler(MAX).accept(Frame.of(true, Opcode.CLOSE, bytes("03 e8 c0 af"))),
                    CloseCodes.INVALID_PAYLOAD, "close code 1000 with reason bytes c0 af (not UTF-8)");
        }
    }

    // --- helpers ---

    private static void assertEncodes(Frame frame, byte[] expected) {
        byte[] actual = FrameCodec.encode(frame);
        assertThat(actual)
                .as("encode(%s)%n expected %s%n      got %s", frame, hex(expected, 16), hex(actual, 16))
                .containsExactly(expected);
    }

    private static Frame assertDecodes(byte[] wire, Side sender) {
        Optional<Decoded> decoded = FrameCodec.decode(wire, sender, MAX);
        assertThat(decoded).as("decode(%s) from the %s: a whole frame is there", hex(wire, 16), sender).isPresent();
        assertThat(decoded.get().length()).as("decode(%s): consumed bytes", hex(wire, 16)).isEqualTo(wire.length);
        return decoded.get().frame();
    }

    private static void assertFrame(Frame frame, boolean fin, Opcode opcode, byte[] payload, byte[] wire) {
        String from = "decoded from " + hex(wire, 16) + ": " + frame;
        assertThat(frame.fin()).as("FIN, " + from).isEqualTo(fin);
        assertThat(frame.rsv()).as("RSV, " + from).isZero();
        assertThat(frame.opcode()).as("opcode, " + from).isEqualTo(opcode);
        assertThat(frame.payload()).as("payload (unmasked), " + from).containsExactly(payload);
    }

    private static void assertViolation(ThrowingCall call, int code, String what) {
        Object result;
        try {
            result = call.run();
        } catch (ProtocolViolation violation) {
            assertThat(violation.closeCode())
                    .as("%s must close the connection with %d; the violation said %s", what, code, violation.getMessage())
                    .isEqualTo(code);
            return;
        }
        fail("%s must throw ProtocolViolation(%d, ...) so the connection closes with %d; it returned %s",
                what, code, code, result);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object run();
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        return hex(bytes, bytes.length);
    }

    private static String hex(byte[] bytes, int max) {
        String shown = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(max, bytes.length));
        return bytes.length > max ? shown + " ... (" + bytes.length + " bytes)" : shown;
    }
}
