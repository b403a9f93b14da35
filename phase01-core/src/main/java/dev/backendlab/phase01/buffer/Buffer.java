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

    // TODO Hold a byte[], an offset into it and a length: subarray() makes a new Buffer over the same array.
    //  A private constructor and java.nio.ByteBuffer (wrap, slice, order) do the rest.

    /** {@code size} zero bytes. */
    public static Buffer alloc(int size) {
        // TODO Return a buffer over a new zeroed array of size bytes.
        throw new NotImplementedYetException("allocate a zeroed buffer", "Exercise 6: Buffer");
    }

    /** {@code size} bytes, each {@code value & 0xFF}. */
    public static Buffer alloc(int size, int value) {
        // TODO Allocate, then fill with value.
        throw new NotImplementedYetException("allocate a buffer filled with value", "Exercise 6: Buffer");
    }

    /** {@code size} bytes whose content is unspecified (Node may hand out old pool memory). */
    public static Buffer allocUnsafe(int size) {
        // TODO Allocate (zeroed memory is fine).
        throw new NotImplementedYetException("allocate a buffer", "Exercise 6: Buffer");
    }

    /** A copy of {@code source}. */
    public static Buffer from(byte[] source) {
        // TODO Return a buffer over a copy of source.
        throw new NotImplementedYetException("copy bytes into a buffer", "Exercise 6: Buffer");
    }

    /** {@code text} encoded with {@code encoding}. */
    public static Buffer from(String text, Encoding encoding) {
        // TODO Return a buffer over Encodings.encode(text, encoding).
        throw new NotImplementedYetException("encode text into a buffer", "Exercise 6: Buffer");
    }

    /** One new buffer holding every buffer's bytes in order. */
    public static Buffer concat(List<Buffer> buffers) {
        // TODO Allocate the total length and copy each buffer's bytes in order.
        throw new NotImplementedYetException("concatenate buffers", "Exercise 6: Buffer");
    }

    /** How many bytes {@code text} takes in {@code encoding} (not {@code text.length()}). */
    public static int byteLength(String text, Encoding encoding) {
        // TODO Return the length of the encoded text.
        throw new NotImplementedYetException("count the bytes of encoded text", "Exercise 6: Buffer");
    }

    public int length() {
        // TODO Return the length of this view.
        throw new NotImplementedYetException("report the length", "Exercise 6: Buffer");
    }

    /** {@code buf[index]}: the byte as 0..255. */
    public int get(int index) {
        // TODO Check the index, then return bytes[offset + index] & 0xFF.
        throw new NotImplementedYetException("read one byte", "Exercise 6: Buffer");
    }

    /** {@code buf[index] = value}: stores {@code value & 0xFF}. */
    public void set(int index, int value) {
        // TODO Check the index, then store (byte) value at offset + index.
        throw new NotImplementedYetException("write one byte", "Exercise 6: Buffer");
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        // TODO Return a copy of this view's bytes.
        throw new NotImplementedYetException("copy the bytes out", "Exercise 6: Buffer");
    }

    public String toString(Encoding encoding) {
        // TODO Decode this view's bytes with Encodings.decode.
        throw new NotImplementedYetException("decode the bytes as text", "Exercise 6: Buffer");
    }

    /** UTF-8, as Node's {@code buf.toString()}. */
    @Override
    public String toString() {
        // TODO Return toString(Encoding.UTF8).
        throw new NotImplementedYetException("decode the bytes as UTF-8", "Exercise 6: Buffer");
    }

    /**
     * A view of bytes {@code start} (inclusive) to {@code end} (exclusive) sharing this buffer's memory.
     * Negative indexes count from the end; both are clamped to 0..length; end before start is empty.
     */
    public Buffer subarray(int start, int end) {
        // TODO Count negative indexes from the end, clamp both to 0..length, return a view over the same
        //  array.
        throw new NotImplementedYetException("make a view that shares memory", "Exercise 6: Buffer");
    }

    /** Same as {@link #subarray}: in Node, unlike arrays, a Buffer's slice shares memory. */
    public Buffer slice(int start, int end) {
        // TODO Return subarray(start, end).
        throw new NotImplementedYetException("make a view that shares memory", "Exercise 6: Buffer");
    }

    /** Fills every byte with {@code value & 0xFF}; returns this buffer. */
    public Buffer fill(int value) {
        // TODO Set every byte of this view to (byte) value; return this.
        throw new NotImplementedYetException("fill with a byte", "Exercise 6: Buffer");
    }

    /** Fills with {@code text}'s bytes repeated (cut at the end); returns this buffer. */
    public Buffer fill(String text, Encoding encoding) {
        // TODO Repeat the encoded text over this view (zeros if it is empty); return this.
        throw new NotImplementedYetException("fill with repeated text", "Exercise 6: Buffer");
    }

    /** Where {@code needle}'s bytes first occur at or after {@code from}, or -1. */
    public int indexOf(Buffer needle, int from) {
        // TODO Search the needle's bytes from from (counted from the end if negative); -1 if absent.
        throw new NotImplementedYetException("find bytes", "Exercise 6: Buffer");
    }

    /** Where {@code text}'s UTF-8 bytes first occur, or -1. */
    public int indexOf(String text) {
        // TODO Search for the text's UTF-8 bytes from 0.
        throw new NotImplementedYetException("find text", "Exercise 6: Buffer");
    }

    /** Byte-wise comparison as unsigned values, then by length: -1, 0 or 1 (Node's {@code buf.compare}). */
    public int compare(Buffer other) {
        // TODO Compare the bytes as unsigned values, then the lengths; return -1, 0 or 1.
        throw new NotImplementedYetException("compare two buffers", "Exercise 6: Buffer");
    }

    /** Same length and same bytes. */
    @Override
    public boolean equals(Object other) {
        // TODO Return true when other is a Buffer with the same bytes.
        throw new NotImplementedYetException("compare two buffers for equality", "Exercise 6: Buffer");
    }

    @Override
    public int hashCode() {
        // TODO Hash the bytes of this view, consistent with equals.
        throw new NotImplementedYetException("hash the bytes", "Exercise 6: Buffer");
    }

    /*
     * Typed reads: the value at byte offset {@code at}, in the byte order the name says (LE, BE).
     * {@code at} must be in 0..length - size, else BufferRangeException.outOfRange("offset", ...);
     * a buffer shorter than the value fails with ERR_BUFFER_OUT_OF_BOUNDS. Unsigned 32-bit values
     * need a long, 64-bit ones a BigInteger (JavaScript's BigInt).
     */

    public int readUInt8(int at) {
        // TODO Check the offset (1 byte must fit), then read an unsigned 8-bit integer.
        throw new NotImplementedYetException("read an unsigned 8-bit integer", "Exercise 6: Buffer");
    }

    public int readInt8(int at) {
        // TODO Check the offset (1 byte must fit), then read a signed 8-bit integer.
        throw new NotImplementedYetException("read a signed 8-bit integer", "Exercise 6: Buffer");
    }

    public int readUInt16LE(int at) {
        // TODO Check the offset (2 bytes must fit), then read a little-endian unsigned 16-bit integer.
        throw new NotImplementedYetException("read a little-endian unsigned 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int readUInt16BE(int at) {
        // TODO Check the offset (2 bytes must fit), then read a big-endian unsigned 16-bit integer.
        throw new NotImplementedYetException("read a big-endian unsigned 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int readInt16LE(int at) {
        // TODO Check the offset (2 bytes must fit), then read a little-endian signed 16-bit integer.
        throw new NotImplementedYetException("read a little-endian signed 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int readInt16BE(int at) {
        // TODO Check the offset (2 bytes must fit), then read a big-endian signed 16-bit integer.
        throw new NotImplementedYetException("read a big-endian signed 16-bit integer", "Exercise 6: Buffer");
    }

    public long readUInt32LE(int at) {
        // TODO Check the offset (4 bytes must fit), then read a little-endian unsigned 32-bit integer.
        throw new NotImplementedYetException("read a little-endian unsigned 32-bit integer",
                "Exercise 6: Buffer");
    }

    public long readUInt32BE(int at) {
        // TODO Check the offset (4 bytes must fit), then read a big-endian unsigned 32-bit integer.
        throw new NotImplementedYetException("read a big-endian unsigned 32-bit integer",
                "Exercise 6: Buffer");
    }

    public int readInt32LE(int at) {
        // TODO Check the offset (4 bytes must fit), then read a little-endian signed 32-bit integer.
        throw new NotImplementedYetException("read a little-endian signed 32-bit integer",
                "Exercise 6: Buffer");
    }

    public int readInt32BE(int at) {
        // TODO Check the offset (4 bytes must fit), then read a big-endian signed 32-bit integer.
        throw new NotImplementedYetException("read a big-endian signed 32-bit integer", "Exercise 6: Buffer");
    }

    public BigInteger readBigInt64LE(int at) {
        // TODO Check the offset (8 bytes must fit), then read a little-endian signed 64-bit integer (a
        //  BigInteger).
        throw new NotImplementedYetException("read a little-endian signed 64-bit integer",
                "Exercise 6: Buffer");
    }

    public BigInteger readBigInt64BE(int at) {
        // TODO Check the offset (8 bytes must fit), then read a big-endian signed 64-bit integer (a
        //  BigInteger).
        throw new NotImplementedYetException("read a big-endian signed 64-bit integer", "Exercise 6: Buffer");
    }

    public float readFloatLE(int at) {
        // TODO Check the offset (4 bytes must fit), then read a little-endian 32-bit float.
        throw new NotImplementedYetException("read a little-endian 32-bit float", "Exercise 6: Buffer");
    }

    public float readFloatBE(int at) {
        // TODO Check the offset (4 bytes must fit), then read a big-endian 32-bit float.
        throw new NotImplementedYetException("read a big-endian 32-bit float", "Exercise 6: Buffer");
    }

    public double readDoubleLE(int at) {
        // TODO Check the offset (8 bytes must fit), then read a little-endian 64-bit double.
        throw new NotImplementedYetException("read a little-endian 64-bit double", "Exercise 6: Buffer");
    }

    public double readDoubleBE(int at) {
        // TODO Check the offset (8 bytes must fit), then read a big-endian 64-bit double.
        throw new NotImplementedYetException("read a big-endian 64-bit double", "Exercise 6: Buffer");
    }

    /**
     * Typed writes return {@code at} plus the bytes written, as in Node. The value is checked first
     * (outOfRange("value", ">= 0 and <= 255", value) for UInt8, Node's ranges for the others), then
     * the offset; a failed write changes no byte.
     */
    public int writeUInt8(int value, int at) {
        // TODO Check the value's range, then the offset (1 byte must fit); write an unsigned 8-bit integer
        //  and return at + 1.
        throw new NotImplementedYetException("write an unsigned 8-bit integer", "Exercise 6: Buffer");
    }

    public int writeInt8(int value, int at) {
        // TODO Check the value's range, then the offset (1 byte must fit); write a signed 8-bit integer and
        //  return at + 1.
        throw new NotImplementedYetException("write a signed 8-bit integer", "Exercise 6: Buffer");
    }

    public int writeUInt16LE(int value, int at) {
        // TODO Check the value's range, then the offset (2 bytes must fit); write a little-endian unsigned
        //  16-bit integer and return at + 2.
        throw new NotImplementedYetException("write a little-endian unsigned 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeUInt16BE(int value, int at) {
        // TODO Check the value's range, then the offset (2 bytes must fit); write a big-endian unsigned
        //  16-bit integer and return at + 2.
        throw new NotImplementedYetException("write a big-endian unsigned 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeInt16LE(int value, int at) {
        // TODO Check the value's range, then the offset (2 bytes must fit); write a little-endian signed
        //  16-bit integer and return at + 2.
        throw new NotImplementedYetException("write a little-endian signed 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeInt16BE(int value, int at) {
        // TODO Check the value's range, then the offset (2 bytes must fit); write a big-endian signed 16-bit
        //  integer and return at + 2.
        throw new NotImplementedYetException("write a big-endian signed 16-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeUInt32LE(long value, int at) {
        // TODO Check the value's range, then the offset (4 bytes must fit); write a little-endian unsigned
        //  32-bit integer and return at + 4.
        throw new NotImplementedYetException("write a little-endian unsigned 32-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeUInt32BE(long value, int at) {
        // TODO Check the value's range, then the offset (4 bytes must fit); write a big-endian unsigned
        //  32-bit integer and return at + 4.
        throw new NotImplementedYetException("write a big-endian unsigned 32-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeInt32LE(long value, int at) {
        // TODO Check the value's range, then the offset (4 bytes must fit); write a little-endian signed
        //  32-bit integer and return at + 4.
        throw new NotImplementedYetException("write a little-endian signed 32-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeInt32BE(long value, int at) {
        // TODO Check the value's range, then the offset (4 bytes must fit); write a big-endian signed 32-bit
        //  integer and return at + 4.
        throw new NotImplementedYetException("write a big-endian signed 32-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeBigInt64LE(BigInteger value, int at) {
        // TODO Check the value's range, then the offset (8 bytes must fit); write a little-endian signed
        //  64-bit integer (a BigInteger) and return at + 8.
        throw new NotImplementedYetException("write a little-endian signed 64-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeBigInt64BE(BigInteger value, int at) {
        // TODO Check the value's range, then the offset (8 bytes must fit); write a big-endian signed 64-bit
        //  integer (a BigInteger) and return at + 8.
        throw new NotImplementedYetException("write a big-endian signed 64-bit integer",
                "Exercise 6: Buffer");
    }

    public int writeFloatLE(float value, int at) {
        // TODO Check the offset (4 bytes must fit); write a little-endian 32-bit float and return at + 4.
        throw new NotImplementedYetException("write a little-endian 32-bit float", "Exercise 6: Buffer");
    }

    public int writeFloatBE(float value, int at) {
        // TODO Check the offset (4 bytes must fit); write a big-endian 32-bit float and return at + 4.
        throw new NotImplementedYetException("write a big-endian 32-bit float", "Exercise 6: Buffer");
    }

    public int writeDoubleLE(double value, int at) {
        // TODO Check the offset (8 bytes must fit); write a little-endian 64-bit double and return at + 8.
        throw new NotImplementedYetException("write a little-endian 64-bit double", "Exercise 6: Buffer");
    }

    public int writeDoubleBE(double value, int at) {
        // TODO Check the offset (8 bytes must fit); write a big-endian 64-bit double and return at + 8.
        throw new NotImplementedYetException("write a big-endian 64-bit double", "Exercise 6: Buffer");
    }
}
