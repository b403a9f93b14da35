package dev.backendlab.phase04.session;

/** The SameSite cookie attribute: when the browser sends the cookie along with a cross-site request. */
public enum SameSite {
    /** Never cross-site. */
    STRICT("Strict"),
    /** Cross-site only on top-level navigations with a safe method (following a link). */
    LAX("Lax"),
    /** Always, which browsers accept only on a Secure cookie. */
    NONE("None");

    private final String attributeValue;

    SameSite(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    /** As written in Set-Cookie: {@code Strict}, {@code Lax}, {@code None}. */
    public String attributeValue() {
        return attributeValue;
    }
}
