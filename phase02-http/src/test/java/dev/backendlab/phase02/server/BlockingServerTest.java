package dev.backendlab.phase02.server;

import dev.backendlab.grader.Exercise;
import org.junit.jupiter.api.DisplayName;

@Exercise(order = 6, title = "Blocking server", topics = {"HTTP Server", "req/res Streams", "HTTP Basics"})
@DisplayName("Exercise 6: Blocking server")
class BlockingServerTest extends ServerConformance {

    @Override
    HttpServer newServer(ServerConfig config, HttpHandler handler) {
        return new BlockingHttpServer(config, handler);
    }

    @Override
    String readme() {
        return "\n  (README, Exercise 6: Blocking server)";
    }
}
