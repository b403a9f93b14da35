package dev.backendlab.phase01.streams;

/** A stream misuse, with Node's error code ({@code ERR_STREAM_WRITE_AFTER_END}, ...). */
public class StreamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String WRITE_AFTER_END = "ERR_STREAM_WRITE_AFTER_END";
    public static final String PUSH_AFTER_EOF = "ERR_STREAM_PUSH_AFTER_EOF";
    public static final String DESTROYED = "ERR_STREAM_DESTROYED";

    private final String code;

    public StreamException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
