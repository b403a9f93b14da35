package dev.backendlab.phase02.parser;

/** The two HTTP/1 versions a server in this lab speaks. */
public enum HttpVersion {
    HTTP_1_0("HTTP/1.0"),
    HTTP_1_1("HTTP/1.1");

    private final String text;

    HttpVersion(String text) {
        this.text = text;
    }

    /** As it appears on the wire: {@code HTTP/1.1}. */
    public String text() {
        return text;
    }
}
