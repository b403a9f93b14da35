package dev.backendlab.phase01.buffer;

/**
 * Node's {@code RangeError [ERR_OUT_OF_RANGE]} (or {@code ERR_BUFFER_OUT_OF_BOUNDS}), with Node's
 * message: {@code The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3}.
 */
public class BufferRangeException extends IndexOutOfBoundsException {

    private static final long serialVersionUID = 1L;

    public static final String OUT_OF_RANGE = "ERR_OUT_OF_RANGE";

    private final String code;

    public BufferRangeException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** {@code ERR_OUT_OF_RANGE} for argument {@code name}, which must be {@code range}. */
    public static BufferRangeException outOfRange(String name, String range, Object received) {
        return new BufferRangeException(OUT_OF_RANGE,
                "The value of \"" + name + "\" is out of range. It must be " + range + ". Received " + received);
    }

    public String code() {
        return code;
    }
}
