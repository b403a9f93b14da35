package dev.backendlab.phase01.buffer;

import dev.backendlab.grader.NotImplementedYetException;
import java.math.BigInteger;
import java.util.List;

/**
 * Node's Buffer: a fixed-length view of bytes. Views made by {@link #subarray} share the bytes of the
 * buffer they come from. Typed reads and writes check their offset (and writes their value) and
 * throw {@link BufferRangeException} with Node's message, changing nothing.
 */
public final class Buffer {

    private static final String SECTION = "Exercise 6: Buffer";

    // TODO: hold a byte[], an offset into it and a length: subarray() makes a new Buffer over the
    //  same array. A private constructor and java.nio.ByteBuffer (wrap, slice, order) do the rest.

    /** {@code size} zero bytes. */
    public static Buffer alloc(int size) {
        // TODO
        throw new NotImplementedYetException("write Buffer.alloc", SECTION);
    }

    /** {@code size} bytes, each {@code value & 0xFF}. */
    public static Buffer alloc(int size, int value) {
        // TODO
        throw new NotImplementedYetException("write Buffer.alloc", SECTION);
    }

    /** {@code size} bytes whose content is unspecified (Node may hand out old pool memory). */
    public static Buffer allocUnsafe(int size) {
        // TODO
        throw new NotImplementedYetException("write Buffer.allocUnsafe", SECTION);
    }

    /** A copy of {@code source}. */
    public static Buffer from(byte[] source) {
        // TODO
        throw new NotImplementedYetException("write Buffer.from", SECTION);
    }

    /** {@code text} encoded with {@code encoding}. */
    public static Buffer from(String text, Encoding encoding) {
        // TODO
        throw new NotImplementedYetException("write Buffer.from", SECTION);
    }

    /** One new buffer holding every buffer's bytes in order. */
    public static Buffer concat(List<Buffer> buffers) {
        // TODO
        throw new NotImplementedYetException("write Buffer.concat", SECTION);
    }

    /** How many bytes {@code text} takes in {@code encoding} (not {@code text.length()}). */
    public static int byteLength(String text, Encoding encoding) {
        // TODO
        throw new NotImplementedYetException("write Buffer.byteLength", SECTION);
    }

    public int length() {
        // TODO
        throw new NotImplementedYetException("write Buffer.length", SECTION);
    }

    /** {@code buf[index]}: the byte as 0..255. */
    public int get(int index) {
        // TODO
        throw new NotImplementedYetException("write Buffer.get", SECTION);
    }

    /** {@code buf[index] = value}: stores {@code value & 0xFF}. */
    public void set(int index, int value) {
        // TODO
        throw new NotImplementedYetException("write Buffer.set", SECTION);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        // TODO
        throw new NotImplementedYetException("write Buffer.toByteArray", SECTION);
    }

    public String toString(Encoding encoding) {
        // TODO
        throw new NotImplementedYetException("write Buffer.toString", SECTION);
    }

    /** UTF-8, as Node's {@code buf.toString()}. */
    @Override
    public String toString() {
        // TODO
        throw new NotImplementedYetException("write Buffer.toString", SECTION);
    }

    /**
     * A view of bytes {@code start} (inclusive) to {@code end} (exclusive) sharing this buffer's memory.
     * Negative indexes count from the end; both are clamped to 0..length; end before start is empty.
     */
    public Buffer subarray(int start, int end) {
        // TODO
        throw new NotImplementedYetException("write Buffer.subarray", SECTION);
    }

    /** Same as {@link #subarray}: in Node, unlike arrays, a Buffer's slice shares memory. */
    public Buffer slice(int start, int end) {
        // TODO
        throw new NotImplementedYetException("write Buffer.slice", SECTION);
    }

    /** Fills every byte with {@code value & 0xFF}; returns this buffer. */
    public Buffer fill(int value) {
        // TODO
        throw new NotImplementedYetException("write Buffer.fill", SECTION);
    }

    /** Fills with {@code text}'s bytes repeated (cut at the end); returns this buffer. */
    public Buffer fill(String text, Encoding encoding) {
        // TODO
        throw new NotImplementedYetException("write Buffer.fill", SECTION);
    }

    /** Where {@code needle}'s bytes first occur at or after {@code from}, or -1. */
    public int indexOf(Buffer needle, int from) {
        // TODO
        throw new NotImplementedYetException("write Buffer.indexOf", SECTION);
    }

    /** Where {@code text}'s UTF-8 bytes first occur, or -1. */
    public int indexOf(String text) {
        // TODO
        throw new NotImplementedYetException("write Buffer.indexOf", SECTION);
    }

    /** Byte-wise comparison as unsigned values, then by length: -1, 0 or 1 (Node's {@code buf.compare}). */
    public int compare(Buffer other) {
        // TODO
        throw new NotImplementedYetException("write Buffer.compare", SECTION);
    }

    /** Same length and same bytes. */
    @Override
    public boolean equals(Object other) {
        // TODO
        throw new NotImplementedYetException("write Buffer.equals", SECTION);
    }

    @Override
    public int hashCode() {
        // TODO
        throw new NotImplementedYetException("write Buffer.hashCode", SECTION);
    }

    /*
     * Typed reads: the value at byte offset {@code at}, in the byte order the name says (LE, BE).
     * {@code at} must be in 0..length - size, else BufferRangeException.outOfRange("offset", ...);
     * a buffer shorter than the value fails with ERR_BUFFER_OUT_OF_BOUNDS. Unsigned 32-bit values
     * need a long, 64-bit ones a BigInteger (JavaScript's BigInt).
     */

    public int readUInt8(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readUInt8", SECTION);
    }

    public int readInt8(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readInt8", SECTION);
    }

    public int readUInt16LE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readUInt16LE", SECTION);
    }

    public int readUInt16BE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readUInt16BE", SECTION);
    }

    public int readInt16LE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readInt16LE", SECTION);
    }

    public int readInt16BE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readInt16BE", SECTION);
    }

    public long readUInt32LE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readUInt32LE", SECTION);
    }

    public long readUInt32BE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readUInt32BE", SECTION);
    }

    public int readInt32LE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readInt32LE", SECTION);
    }

    public int readInt32BE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readInt32BE", SECTION);
    }

    public BigInteger readBigInt64LE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readBigInt64LE", SECTION);
    }

    public BigInteger readBigInt64BE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readBigInt64BE", SECTION);
    }

    public float readFloatLE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readFloatLE", SECTION);
    }

    public float readFloatBE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readFloatBE", SECTION);
    }

    public double readDoubleLE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readDoubleLE", SECTION);
    }

    public double readDoubleBE(int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.readDoubleBE", SECTION);
    }

    /**
     * Typed writes return {@code at} plus the bytes written, as in Node. The value is checked first
     * (outOfRange("value", ">= 0 and <= 255", value) for UInt8, Node's ranges for the others), then
     * the offset; a failed write changes no byte.
     */
    public int writeUInt8(int value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeUInt8", SECTION);
    }

    public int writeInt8(int value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeInt8", SECTION);
    }

    public int writeUInt16LE(int value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeUInt16LE", SECTION);
    }

    public int writeUInt16BE(int value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeUInt16BE", SECTION);
    }

    public int writeInt16LE(int value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeInt16LE", SECTION);
    }

    public int writeInt16BE(int value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeInt16BE", SECTION);
    }

    public int writeUInt32LE(long value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeUInt32LE", SECTION);
    }

    public int writeUInt32BE(long value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeUInt32BE", SECTION);
    }

    public int writeInt32LE(long value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeInt32LE", SECTION);
    }

    public int writeInt32BE(long value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeInt32BE", SECTION);
    }

    public int writeBigInt64LE(BigInteger value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeBigInt64LE", SECTION);
    }

    public int writeBigInt64BE(BigInteger value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeBigInt64BE", SECTION);
    }

    public int writeFloatLE(float value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeFloatLE", SECTION);
    }

    public int writeFloatBE(float value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeFloatBE", SECTION);
    }

    public int writeDoubleLE(double value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeDoubleLE", SECTION);
    }

    public int writeDoubleBE(double value, int at) {
        // TODO
        throw new NotImplementedYetException("write Buffer.writeDoubleBE", SECTION);
    }
}
