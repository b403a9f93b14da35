package dev.backendlab.grader.order;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The first source line of each method of a compiled class, read from its class file's
 * {@code LineNumberTable} (JVMS §4.7.12): reflection returns methods in no promised order, the class
 * file keeps where each one was written. A class compiled without line numbers ({@code -g:none})
 * simply has none, and callers keep JUnit's order.
 */
final class LineNumbers {

    private final Map<String, Integer> firstLineByMethod;

    private LineNumbers(Map<String, Integer> firstLineByMethod) {
        this.firstLineByMethod = firstLineByMethod;
    }

    /** The lines of {@code type}, or none when its class file cannot be read. */
    static LineNumbers of(Class<?> type) {
        String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in == null ? new LineNumbers(Map.of()) : new LineNumbers(read(new DataInputStream(in)));
        } catch (IOException | RuntimeException e) {
            return new LineNumbers(Map.of());
        }
    }

    /** The first line of the method {@code name} with the JVM {@code descriptor}, e.g. {@code (I)V}. */
    OptionalInt firstLine(String name, String descriptor) {
        Integer line = firstLineByMethod.get(name + descriptor);
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** The first line of any method, constructors included: where the class is declared. */
    OptionalInt firstLineOfClass() {
        return firstLineByMethod.values().stream().mapToInt(Integer::intValue).min();
    }

    private static Map<String, Integer> read(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        String[] utf8 = readConstantPool(in);
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            skip(in, 6);
            skipAttributes(in);
        }
        Map<String, Integer> lines = new HashMap<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort(); // access flags
            String key = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    firstLineOfCode(in, utf8).ifPresent(line -> lines.merge(key, line, Math::min));
                } else {
                    skip(in, length);
                }
            }
        }
        return lines;
    }

    /**
     * Only the UTF-8 entries matter here (names); every other entry is skipped by its size, by tag
     * (JVMS §4.4).
     */
    private static String[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF(); // Utf8
                case 7, 8, 16, 19, 20 -> skip(in, 2); // Class, String, MethodType, Module, Package
                case 15 -> skip(in, 3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4); // Integer, Float, refs, NameAndType, dynamic
                case 5, 6 -> { // Long, Double
                    skip(in, 8);
                    i++; // takes two slots (JVMS §4.4.5)
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }

    private static OptionalInt firstLineOfCode(DataInputStream in, String[] utf8) throws IOException {
        skip(in, 4); // max stack, max locals
        skip(in, in.readInt()); // the bytecode
        skip(in, 8 * in.readUnsignedShort()); // exception table
        int first = Integer.MAX_VALUE;
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String attribute = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("LineNumberTable".equals(attribute)) {
                int entries = in.readUnsignedShort();
                for (int e = 0; e < entries; e++) {
                    in.readUnsignedShort(); // start pc
                    first = Math.min(first, in.readUnsignedShort());
                }
            } else {
                skip(in, length);
            }
        }
        return first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first);
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            skip(in, in.readInt());
        }
    }

    private static void skip(DataInputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
    }
}
