package dev.backendlab.phase15.chat;

import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link ChatServer} until the JVM is stopped, for a person with a browser rather than a test:
 * {@code -Dchat.port=8080} on the module's compile runs it (see the README's exercise 6).
 */
public final class ChatDemo {

    private ChatDemo() {
    }

    /** {@code main [port]}: serves the chat on http://127.0.0.1:port/ (8080 by default) until stopped. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        ChatServer server = new ChatServer();
        int bound = server.start(port);
        System.out.println("Chat on http://127.0.0.1:" + bound + "/ : open it in two tabs. Ctrl-C stops it.");
        new CountDownLatch(1).await(); // until the JVM is stopped
    }
}
