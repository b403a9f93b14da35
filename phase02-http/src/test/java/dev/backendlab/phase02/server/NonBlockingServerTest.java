package dev.backendlab.phase02.server;

import dev.backendlab.grader.Exercise;
import org.junit.jupiter.api.DisplayName;

/** The same conformance checks as Exercise 6, on the event-loop server. */
@Exercise(order = 7, title = "Non-blocking server", topics = {"HTTP Server", "req/res Streams"})
@DisplayName("Exercise 7: Non-blocking server")
class NonBlockingServerTest extends ServerConformance {

    @Override
    HttpServer newServer(ServerConfig config, HttpHandler handler) {
        return new NonBlockingHttpServer(config, handler);
    }

    @Override
    String readme() {
        return "\n  (README, Exercise 7: Non-blocking server)";
    }
}
