package dev.backendlab.phase02.parser;

/**
 * One header (or trailer) field line as it arrived: the name with the sender's case, the value with
 * the optional whitespace around it removed. Bytes are decoded as ISO-8859-1, so every byte of the
 * wire, including obs-text (0x80 to 0xFF), maps to exactly one char.
 */
public record HeaderField(String name, String value) {
}
