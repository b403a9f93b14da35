package dev.backendlab.phase15.frames;

/**
 * The peer broke RFC 6455: the endpoint answers with a close frame carrying {@link #closeCode()}
 * and closes the connection (section 7.1.7, "Fail the WebSocket Connection").
 */
public class ProtocolViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int closeCode;

    /**
     * @param closeCode the status code to close with: 1002, 1007 or 1009 (see {@link CloseCodes})
     * @param reason    what was wrong, short enough for a close frame's reason (123 bytes)
     */
    public ProtocolViolation(int closeCode, String reason) {
        super(closeCode + " " + reason);
        this.closeCode = closeCode;
    }

    public int closeCode() {
        return closeCode;
    }
}
