package dev.backendlab.phase04.header;

/**
 * What an Authorization header carried. {@code toString} never shows the secret part, so a
 * credentials object that ends up in a log line or an error message leaks nothing.
 */
public sealed interface Credentials {

    /** {@code Authorization: Bearer <token>} (RFC 6750 section 2.1). */
    record Bearer(String token) implements Credentials {
        @Override
        public String toString() {
            return "Bearer[token=***]";
        }
    }

    /** {@code Authorization: Basic base64(user-id ":" password)} (RFC 7617). */
    record Basic(String username, String password) implements Credentials {
        @Override
        public String toString() {
            return "Basic[username=" + username + ", password=***]";
        }
    }
}
