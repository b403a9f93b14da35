package dev.backendlab.phase15.frames;

/**
 * A frame read from the front of a byte array.
 *
 * @param frame  the frame
 * @param length how many bytes it took on the wire, header included: where the next frame starts
 */
public record Decoded(Frame frame, int length) {
}
