package dev.backendlab.phase01.buffer;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Node's Buffer: a fixed-length view of bytes. Views made by {@link #subarray} share the bytes of the
 * buffer they come from. Typed reads and writes check their offset (and writes their value) and
 * throw {@link BufferRangeException} with Node's message, changing nothing.
 */
public final class Buffer {

    private static final BigInteger MIN_INT64 = BigInteger.ONE.shiftLeft(63).negate();
    private static final BigInteger MAX_INT64 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);

    private final byte[] bytes;
    private final int offset;
    private final int length;

    private Buffer(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** {@code size} zero bytes. */
    public static Buffer alloc(int size) {
        return new Buffer(new byte[size], 0, size);
    }

    /** {@code size} bytes, each {@code value & 0xFF}. */
    public static Buffer alloc(int size, int value) {
        return alloc(size).fill(value);
    }

    /** {@code size} bytes whose content is unspecified (Node may hand out old pool memory). */
    public static Buffer allocUnsafe(int size) {
        return alloc(size);
    }

    /** A copy of {@code source}. */
    public static Buffer from(byte[] source) {
        return new Buffer(source.clone(), 0, source.length);
    }

    /** {@code text} encoded with {@code encoding}. */
    public static Buffer from(String text, Encoding encoding) {
        byte[] encoded = Encodings.encode(text, encoding);
        return new Buffer(encoded, 0, encoded.length);
    }

    /** One new buffer holding every buffer's bytes in order. */
    public static Buffer concat(List<Buffer> buffers) {
        int total = buffers.stream().mapToInt(Buffer::length).sum();
        Buffer result = alloc(total);
        int at = 0;
        for (Buffer b : buffers) {
            System.arraycopy(b.bytes, b.offset, result.bytes, at, b.length);
            at += b.length;
        }
        return result;
    }

    /** How many bytes {@code text} takes in {@code encoding} (not {@code text.length()}). */
    public static int byteLength(String text, Encoding encoding) {
        return Encodings.encode(text, encoding).length;
    }

    public int length() {
        return length;
    }

    /** {@code buf[index]}: the byte as 0..255. */
    public int get(int index) {
        checkIndex(index);
        return bytes[offset + index] & 0xFF;
    }

    /** {@code buf[index] = value}: stores {@code value & 0xFF}. */
    public void set(int index, int value) {
        checkIndex(index);
        bytes[offset + index] = (byte) value;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    public String toString(Encoding encoding) {
        return Encodings.decode(bytes, offset, length, encoding);
    }

    /** UTF-8, as Node's {@code buf.toString()}. */
    @Override
    public String toString() {
        return toString(Encoding.UTF8);
    }

    /**
     * A view of bytes {@code start} (inclusive) to {@code end} (exclusive) sharing this buffer's memory.
     * Negative indexes count from the end; both are clamped to 0..length; end before start is empty.
     */
    public Buffer subarray(int start, int end) {
        int from = clamp(start);
        int to = Math.max(from, clamp(end));
        return new Buffer(bytes, offset + from, to - from);
    }

    /** Same as {@link #subarray}: in Node, unlike arrays, a Buffer's slice shares memory. */
    public Buffer slice(int start, int end) {
        return subarray(start, end);
    }

    /** Fills every byte with {@code value & 0xFF}; returns this buffer. */
    public Buffer fill(int value) {
        Arrays.fill(bytes, offset, offset + length, (byte) value);
        return this;
    }

    /** Fills with {@code text}'s bytes repeated (cut at the end); returns this buffer. */
    public Buffer fill(String text, Encoding encoding) {
        byte[] pattern = Encodings.encode(text, encoding);
        if (pattern.length == 0) {
            return fill(0);
        }
        for (int i = 0; i < length; i++) {
            bytes[offset + i] = pattern[i % pattern.length];
        }
        return this;
    }

    /** Where {@code needle}'s bytes first occur at or after {@code from}, or -1. */
    public int indexOf(Buffer needle, int from) {
        int start = from < 0 ? Math.max(0, length + from) : from;
        for (int i = start; i + needle.length <= length; i++) {
            if (Arrays.equals(bytes, offset + i, offset + i + needle.length,
                    needle.bytes, needle.offset, needle.offset + needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code text}'s UTF-8 bytes first occur, or -1. */
    public int indexOf(String text) {
        return indexOf(from(text, Encoding.UTF8), 0);
    }

    /** Byte-wise comparison as unsigned values, then by length: -1, 0 or 1 (Node's {@code buf.compare}). */
    public int compare(Buffer other) {
        int c = Arrays.compareUnsigned(bytes, offset, offset + length, other.bytes, other.offset, other.offset + other.length);
        return Integer.signum(c);
    }

    /** Same length and same bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Buffer b && compare(b) == 0;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + bytes[offset + i];
        }
        return h;
    }

    /*
     * Typed reads: the value at byte offset {@code at}, in the byte order the name says (LE, BE).
     * {@code at} must be in 0..length - size, else BufferRangeException.outOfRange("offset", ...);
     * a buffer shorter than the value fails with ERR_BUFFER_OUT_OF_BOUNDS. Unsigned 32-bit values
     * need a long, 64-bit ones a BigInteger (JavaScript's BigInt).
     */

    public int readUInt8(int at) {
        return view(at, 1, ByteOrder.BIG_ENDIAN).get(at) & 0xFF;
    }

    public int readInt8(int at) {
        return view(at, 1, ByteOrder.BIG_ENDIAN).get(at);
    }

    public int readUInt16LE(int at) {
        return view(at, 2, ByteOrder.LITTLE_ENDIAN).getShort(at) & 0xFFFF;
    }

    public int readUInt16BE(int at) {
        return view(at, 2, ByteOrder.BIG_ENDIAN).getShort(at) & 0xFFFF;
    }

    public int readInt16LE(int at) {
        return view(at, 2, ByteOrder.LITTLE_ENDIAN).getShort(at);
    }

    public int readInt16BE(int at) {
        return view(at, 2, ByteOrder.BIG_ENDIAN).getShort(at);
    }

    public long readUInt32LE(int at) {
        return view(at, 4, ByteOrder.LITTLE_ENDIAN).getInt(at) & 0xFFFF_FFFFL;
    }

    public long readUInt32BE(int at) {
        return view(at, 4, ByteOrder.BIG_ENDIAN).getInt(at) & 0xFFFF_FFFFL;
    }

    public int readInt32LE(int at) {
        return view(at, 4, ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    public int readInt32BE(int at) {
        return view(at, 4, ByteOrder.BIG_ENDIAN).getInt(at);
    }

    public BigInteger readBigInt64LE(int at) {
        return BigInteger.valueOf(view(at, 8, ByteOrder.LITTLE_ENDIAN).getLong(at));
    }

    public BigInteger readBigInt64BE(int at) {
        return BigInteger.valueOf(view(at, 8, ByteOrder.BIG_ENDIAN).getLong(at));
    }

    public float readFloatLE(int at) {
        return view(at, 4, ByteOrder.LITTLE_ENDIAN).getFloat(at);
    }

    public float readFloatBE(int at) {
        return view(at, 4, ByteOrder.BIG_ENDIAN).getFloat(at);
    }

    public double readDoubleLE(int at) {
        return view(at, 8, ByteOrder.LITTLE_ENDIAN).getDouble(at);
    }

    public double readDoubleBE(int at) {
        return view(at, 8, ByteOrder.BIG_ENDIAN).getDouble(at);
    }

    /**
     * Typed writes return {@code at} plus the bytes written, as in Node. The value is checked first
     * (outOfRange("value", ">= 0 and <= 255", value) for UInt8, Node's ranges for the others), then
     * the offset; a failed write changes no byte.
     */
    public int writeUInt8(int value, int at) {
        checkValue(value, 0, 0xFF, 1);
        view(at, 1, ByteOrder.BIG_ENDIAN).put(at, (byte) value);
        return at + 1;
    }

    public int writeInt8(int value, int at) {
        checkValue(value, Byte.MIN_VALUE, Byte.MAX_VALUE, 1);
        view(at, 1, ByteOrder.BIG_ENDIAN).put(at, (byte) value);
        return at + 1;
    }

    public int writeUInt16LE(int value, int at) {
        return writeShort(value, at, 0, 0xFFFF, ByteOrder.LITTLE_ENDIAN);
    }

    public int writeUInt16BE(int value, int at) {
        return writeShort(value, at, 0, 0xFFFF, ByteOrder.BIG_ENDIAN);
    }

    public int writeInt16LE(int value, int at) {
        return writeShort(value, at, Short.MIN_VALUE, Short.MAX_VALUE, ByteOrder.LITTLE_ENDIAN);
    }

    public int writeInt16BE(int value, int at) {
        return writeShort(value, at, Short.MIN_VALUE, Short.MAX_VALUE, ByteOrder.BIG_ENDIAN);
    }

    public int writeUInt32LE(long value, int at) {
        return writeInt(value, at, 0, 0xFFFF_FFFFL, ByteOrder.LITTLE_ENDIAN);
    }

    public int writeUInt32BE(long value, int at) {
        return writeInt(value, at, 0, 0xFFFF_FFFFL, ByteOrder.BIG_ENDIAN);
    }

    public int writeInt32LE(long value, int at) {
        return writeInt(value, at, Integer.MIN_VALUE, Integer.MAX_VALUE, ByteOrder.LITTLE_ENDIAN);
    }

    public int writeInt32BE(long value, int at) {
        return writeInt(value, at, Integer.MIN_VALUE, Integer.MAX_VALUE, ByteOrder.BIG_ENDIAN);
    }

    public int writeBigInt64LE(BigInteger value, int at) {
        return writeLong(value, at, ByteOrder.LITTLE_ENDIAN);
    }

    public int writeBigInt64BE(BigInteger value, int at) {
        return writeLong(value, at, ByteOrder.BIG_ENDIAN);
    }

    public int writeFloatLE(float value, int at) {
        view(at, 4, ByteOrder.LITTLE_ENDIAN).putFloat(at, value);
        return at + 4;
    }

    public int writeFloatBE(float value, int at) {
        view(at, 4, ByteOrder.BIG_ENDIAN).putFloat(at, value);
        return at + 4;
    }

    public int writeDoubleLE(double value, int at) {
        view(at, 8, ByteOrder.LITTLE_ENDIAN).putDouble(at, value);
        return at + 8;
    }

    public int writeDoubleBE(double value, int at) {
        view(at, 8, ByteOrder.BIG_ENDIAN).putDouble(at, value);
        return at + 8;
    }

    private int writeShort(int value, int at, int min, int max, ByteOrder order) {
        checkValue(value, min, max, 2);
        view(at, 2, order).putShort(at, (short) value);
        return at + 2;
    }

    private int writeInt(long value, int at, long min, long max, ByteOrder order) {
        checkValue(value, min, max, 4);
        view(at, 4, order).putInt(at, (int) value);
        return at + 4;
    }

    private int writeLong(BigInteger value, int at, ByteOrder order) {
        if (value.compareTo(MIN_INT64) < 0 || value.compareTo(MAX_INT64) > 0) {
            throw BufferRangeException.outOfRange("value", ">= -(2n ** 63n) and < 2n ** 63n", value + "n");
        }
        view(at, 8, order).putLong(at, value.longValue());
        return at + 8;
    }

    /** A ByteBuffer over this buffer's bytes, after checking that {@code size} bytes fit at {@code at}. */
    private ByteBuffer view(int at, int size, ByteOrder order) {
        if (length < size) {
            throw new BufferRangeException("ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
        }
        if (at < 0 || at > length - size) {
            throw BufferRangeException.outOfRange("offset", ">= 0 and <= " + (length - size), at);
        }
        return ByteBuffer.wrap(bytes, offset, length).slice().order(order);
    }

    private static void checkValue(long value, long min, long max, int size) {
        if (value < min || value > max) {
            String range = size <= 3 ? ">= " + min + " and <= " + max
                    : min == 0 ? ">= 0 and < 2 ** 32" : ">= -(2 ** 31) and < 2 ** 31";
            throw BufferRangeException.outOfRange("value", range, value);
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= length) {
            throw BufferRangeException.outOfRange("index", ">= 0 and <= " + (length - 1), index);
        }
    }

    private int clamp(int index) {
        int i = index < 0 ? length + index : index;
        return Math.max(0, Math.min(length, i));
    }
}
