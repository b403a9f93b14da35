package dev.backendlab.phase01.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backendlab.grader.Exercise;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 6, title = "Buffer", topics = {"Buffers"})
@DisplayName("Exercise 6: a Node-style Buffer")
class BufferTest {

    private static Buffer bytes(int... octets) {
        byte[] b = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            b[i] = (byte) octets[i];
        }
        return Buffer.from(b);
    }

    private static String hex(Buffer buffer) {
        return HexFormat.ofDelimiter(" ").formatHex(buffer.toByteArray());
    }

    @Nested
    @DisplayName("encodings")
    class Encodings {

        @ParameterizedTest(name = "Buffer.from(\"{0}\", {1}) is <{2}>")
        @CsvSource(delimiter = '|', value = {
            "h€llo 😀 | UTF8 | 68 e2 82 ac 6c 6c 6f 20 f0 9f 98 80",
            "68656c6c6f | HEX | 68 65 6c 6c 6f",
            "1ag123 | HEX | 1a",
            "1a7 | HEX | 1a",
            "aGVsbG8gd29ybGQ= | BASE64 | 68 65 6c 6c 6f 20 77 6f 72 6c 64",
            "aGVs bG8g\td29y bGQ | BASE64 | 68 65 6c 6c 6f 20 77 6f 72 6c 64",
            "-_8 | BASE64 | fb ff",
            "-_8 | BASE64URL | fb ff",
            "tést | LATIN1 | 74 e9 73 74",
            "€ | LATIN1 | ac",
            "a€ | UTF16LE | 61 00 ac 20",
        })
        void from_a_string_encodes_as_node_does(String text, Encoding encoding, String expected) {
            assertThat(hex(Buffer.from(text, encoding)))
                    .as("Node's docs: hex stops at the first non-hex pair; base64 skips whitespace, takes the URL "
                            + "alphabet and missing padding; latin1 keeps each UTF-16 unit's low byte")
                    .isEqualTo(expected);
        }

        @Test
        void toString_writes_each_encoding() {
            Buffer hello = Buffer.from("hello world", Encoding.UTF8);
            Buffer ff = bytes(0xfb, 0xff);

            assertThat(List.of(hello.toString(Encoding.HEX), hello.toString(Encoding.BASE64),
                    ff.toString(Encoding.BASE64), ff.toString(Encoding.BASE64URL),
                    bytes(0x74, 0xe9, 0x73, 0x74).toString(Encoding.LATIN1), bytes(0x61, 0x00, 0xac, 0x20, 0x62).toString(Encoding.UTF16LE)))
                    .as("hex lowercase; base64 padded; base64url without padding; utf16le ignores an odd last byte")
                    .containsExactly("68656c6c6f20776f726c64", "aGVsbG8gd29ybGQ=", "+/8=", "-_8", "tést", "a€");
        }

        @ParameterizedTest(name = "<{0}> decodes as UTF-8 to {1}")
        @CsvSource(delimiter = '|', value = {
            "61 c3 28 | a\uFFFD(",
            "f0 9f 98 | \uFFFD",
            "f0 9f 98 41 | \uFFFDA",
            "ff | \uFFFD",
            "ed a0 80 | \uFFFD\uFFFD\uFFFD",
            "c0 80 | \uFFFD\uFFFD",
            "f0 9f 98 80 | \uD83D\uDE00",
        })
        void invalid_utf8_becomes_U_FFFD_as_in_node(String input, String expected) {
            Buffer buffer = Buffer.from(HexFormat.ofDelimiter(" ").parseHex(input));
            assertThat(buffer.toString(Encoding.UTF8))
                    .as("each maximal invalid subsequence is one U+FFFD (WHATWG, as V8); "
                            + "Java's new String(bytes, UTF_8) differs on ED A0 80")
                    .isEqualTo(expected);
        }

        @Test
        void a_lone_surrogate_encodes_as_the_replacement_character() {
            assertThat(hex(Buffer.from("a\uD800b", Encoding.UTF8)))
                    .as("a lone surrogate cannot be UTF-8: Node writes U+FFFD (ef bf bd), not '?'")
                    .isEqualTo("61 ef bf bd 62");
        }

        @Test
        void byteLength_counts_bytes_not_characters() {
            assertThat(List.of(Buffer.byteLength("😀", Encoding.UTF8), Buffer.byteLength("€uro", Encoding.UTF8),
                    Buffer.byteLength("€uro", Encoding.UTF16LE), Buffer.byteLength("aGVsbG8=", Encoding.BASE64)))
                    .containsExactly(4, 6, 8, 5);
        }
    }

    @Nested
    @DisplayName("memory")
    class Memory {

        @Test
        void alloc_is_zero_filled_or_filled_and_concat_joins() {
            assertThat(hex(Buffer.alloc(3))).isEqualTo("00 00 00");
            assertThat(hex(Buffer.alloc(3, 0x1ff))).as("alloc(size, fill) keeps the low byte").isEqualTo("ff ff ff");
            assertThat(Buffer.allocUnsafe(5).length()).isEqualTo(5);
            assertThat(hex(Buffer.concat(List.of(bytes(1, 2), Buffer.alloc(0), bytes(3)))))
                    .isEqualTo("01 02 03");
        }

        @Test
        void subarray_and_slice_share_memory_with_the_original() {
            Buffer whole = Buffer.from("abcdef", Encoding.UTF8);
            Buffer middle = whole.subarray(1, 4);
            Buffer tail = whole.slice(-2, 100);
            middle.set(0, 'B');
            tail.set(1, 'F');

            assertThat(middle.toString()).isEqualTo("Bcd");
            assertThat(tail.toString()).as("negative start counts from the end; end is clamped").isEqualTo("eF");
            assertThat(whole.toString()).as("writes through a subarray or slice change the original")
                    .isEqualTo("aBcdeF");
            assertThat(whole.subarray(4, 2).length()).as("end before start: empty").isZero();
        }

        @Test
        void fill_repeats_a_value_or_a_string() {
            assertThat(Buffer.alloc(5).fill("ab", Encoding.UTF8).toString()).isEqualTo("ababa");
            assertThat(hex(Buffer.alloc(2).fill(0x41))).isEqualTo("41 41");
        }

        @Test
        void equals_compare_and_indexOf() {
            Buffer abc = Buffer.from("abc", Encoding.UTF8);
            assertThat(abc).isEqualTo(Buffer.from("616263", Encoding.HEX));
            assertThat(List.of(abc.compare(Buffer.from("abd", Encoding.UTF8)), abc.compare(Buffer.from("ab", Encoding.UTF8)),
                    bytes(0x80).compare(bytes(0x7f)), abc.compare(Buffer.from("abc", Encoding.UTF8))))
                    .as("bytes compare as unsigned values, then the shorter buffer first")
                    .containsExactly(-1, 1, 1, 0);
            Buffer text = Buffer.from("one two two", Encoding.UTF8);
            assertThat(List.of(text.indexOf("two"), text.indexOf(Buffer.from("two", Encoding.UTF8), 5), text.indexOf("three")))
                    .containsExactly(4, 8, -1);
        }
    }

    @Nested
    @DisplayName("typed reads and writes")
    class Typed {

        @Test
        void integers_read_in_both_byte_orders() {
            Buffer b = bytes(0x12, 0x34, 0x56, 0x78);
            assertThat(List.of(Long.toHexString(b.readUInt32BE(0)), Long.toHexString(b.readUInt32LE(0)),
                    Integer.toHexString(b.readUInt16BE(1)), Integer.toHexString(b.readUInt16LE(1))))
                    .containsExactly("12345678", "78563412", "3456", "5634");
            Buffer ones = bytes(0xff, 0xff, 0xff, 0xfe);
            assertThat(List.of((long) ones.readInt8(0), (long) ones.readUInt8(0), (long) ones.readInt16BE(2),
                    (long) ones.readInt32BE(0), ones.readUInt32BE(0), (long) ones.readInt32LE(0)))
                    .as("signed reads are two's complement; UInt32 needs a long")
                    .containsExactly(-1L, 255L, -2L, -2L, 4294967294L, -16777217L);
        }

        @Test
        void bigint64_float_and_double_match_node() {
            Buffer big = bytes(0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff);
            assertThat(big.readBigInt64BE(0)).isEqualTo(BigInteger.valueOf(4294967295L));
            assertThat(big.readBigInt64LE(0)).isEqualTo(BigInteger.valueOf(-4294967296L));
            Buffer f = bytes(1, 2, 3, 4);
            assertThat((double) f.readFloatBE(0)).isEqualTo((double) 2.387939260590663e-38f);
            assertThat((double) f.readFloatLE(0)).isEqualTo((double) 1.539989614439558e-36f);
            Buffer d = bytes(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(d.readDoubleBE(0)).isEqualTo(8.20788039913184e-304);
            assertThat(d.readDoubleLE(0)).isEqualTo(5.447603722011605e-270);
        }

        @Test
        void writes_lay_out_bytes_and_return_the_next_offset() {
            Buffer b = Buffer.alloc(16);
            int at = b.writeUInt16BE(0x1234, 0);
            at = b.writeUInt16LE(0x1234, at);
            at = b.writeInt32BE(-2, at);
            at = b.writeBigInt64LE(BigInteger.valueOf(-2), at);

            assertThat(at).as("each write returns offset + bytes written").isEqualTo(16);
            assertThat(hex(b)).isEqualTo("12 34 34 12 ff ff ff fe fe ff ff ff ff ff ff ff");
            Buffer floats = Buffer.alloc(12);
            floats.writeFloatLE(1.5f, 0);
            floats.writeDoubleBE(-0.5, 4);
            assertThat(hex(floats)).isEqualTo("00 00 c0 3f bf e0 00 00 00 00 00 00");
        }

        @Test
        void a_read_past_the_end_fails_with_ERR_OUT_OF_RANGE() {
            Buffer two = bytes(1, 2);
            assertThatExceptionOfType(BufferRangeException.class)
                    .as("two.readUInt8(2) on a 2-byte buffer: past the end, Node's ERR_OUT_OF_RANGE")
                    .isThrownBy(() -> two.readUInt8(2))
                    .withMessage("The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 2");
            assertThatExceptionOfType(BufferRangeException.class)
                    .as("readUInt32LE(2) on a 5-byte buffer: the 4 bytes would end past it, Node's ERR_OUT_OF_RANGE")
                    .isThrownBy(() -> bytes(1, 2, 3, 4, 5).readUInt32LE(2))
                    .withMessage("The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 2");
            assertThat(assertThrows(BufferRangeException.class, () -> two.readInt16BE(-1),
                    "readInt16BE(-1): a negative offset is out of range (BufferRangeException)").code())
                    .as("the code of readInt16BE(-1)'s BufferRangeException").isEqualTo("ERR_OUT_OF_RANGE");
        }

        @Test
        void a_write_of_a_value_out_of_range_fails_and_changes_nothing() {
            Buffer b = bytes(7, 7, 7, 7);
            assertThatExceptionOfType(BufferRangeException.class)
                    .as("writeUInt8(256, 0): 256 does not fit in a byte, Node's ERR_OUT_OF_RANGE")
                    .isThrownBy(() -> b.writeUInt8(256, 0))
                    .withMessage("The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256");
            assertThatExceptionOfType(BufferRangeException.class)
                    .as("writeInt16LE(40000, 0): 40000 does not fit in 16 signed bits, Node's ERR_OUT_OF_RANGE")
                    .isThrownBy(() -> b.writeInt16LE(40000, 0))
                    .withMessage("The value of \"value\" is out of range. It must be >= -32768 and <= 32767. Received 40000");
            assertThatExceptionOfType(BufferRangeException.class)
                    .as("writeUInt32BE(1, 1) on a 4-byte buffer: the 4 bytes would end past it")
                    .isThrownBy(() -> b.writeUInt32BE(1, 1));
            assertThat(hex(b)).as("a failed write leaves the bytes as they were").isEqualTo("07 07 07 07");
        }
    }
}
