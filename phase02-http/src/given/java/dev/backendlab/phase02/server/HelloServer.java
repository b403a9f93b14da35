package dev.backendlab.phase02.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.backendlab.phase02.parser.HeaderField;
import java.time.Duration;
import java.util.List;

/**
 * Runs a server answering {@code hello} on every path, for load checks (README, "Load check"):
 * {@code java -cp ... dev.backendlab.phase02.server.HelloServer [port] [blocking|nonblocking]}.
 */
public final class HelloServer {

    private HelloServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        boolean blocking = args.length > 1 && args[1].equals("blocking");
        List<HeaderField> text = List.of(new HeaderField("Content-Type", "text/plain"));
        byte[] hello = "hello".getBytes(UTF_8);
        ServerConfig config = new ServerConfig(port, ServerConfig.defaults().limits(), Duration.ofSeconds(10),
                Duration.ofSeconds(30), ServerConfig.defaults().clock());
        HttpHandler handler = exchange -> exchange.send(200, text, hello);
        HttpServer server = blocking ? new BlockingHttpServer(config, handler) : new NonBlockingHttpServer(config, handler);
        System.out.println((blocking ? "blocking" : "non-blocking") + " server on " + server.start());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
    }
}
