package dev.backendlab.phase01.buffer;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * Strings to bytes and back, one pair of methods per {@link Encoding}, with Node's leniency: a
 * lone surrogate encodes as U+FFFD's bytes, invalid UTF-8 decodes to U+FFFD, bad hex stops at the
 * first invalid pair. {@link Buffer}'s text methods ({@code from}, {@code byteLength},
 * {@code toString}, {@code indexOf}, {@code fill}) call these two.
 */
final class Encodings {

    private Encodings() {
    }

    /** {@code text} as bytes in {@code encoding}. */
    static byte[] encode(String text, Encoding encoding) {
        // TODO Switch over the encoding, one small private method per case. Java's own UTF-8 encoder writes
        //  '?' for a lone surrogate: use a CharsetEncoder that replaces with EF BF BD.
        throw new NotImplementedYetException("encode text in each encoding", "Exercise 6: Buffer");
    }

    /** {@code length} bytes from {@code offset} as text in {@code encoding}. */
    static String decode(byte[] bytes, int offset, int length, Encoding encoding) {
        // TODO Switch the other way. UTF-8 follows the WHATWG decoder: each maximal invalid subsequence
        //  becomes one U+FFFD (Java's decoder differs for encoded surrogates).
        throw new NotImplementedYetException("decode bytes in each encoding", "Exercise 6: Buffer");
    }
}
