package dev.backendlab.phase06.lettuce;

/** A key holds something that is not the JSON of the expected type: reported, never silently dropped. */
public class CorruptValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public CorruptValueException(String key, Throwable cause) {
        super("the value at key " + key + " is not valid JSON for its type: " + cause.getMessage(), cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
