package dev.backendlab.phase02.server;

/** Closing a socket, channel or selector on the way out, when there is no one left to tell. */
final class Quietly {

    private Quietly() {
    }

    /** Closes {@code closeable} (null is fine), ignoring failures: the peer may be gone already. */
    static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // best effort: the caller is closing because something already ended
        }
    }
}
