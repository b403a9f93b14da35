import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A keep-alive load generator on raw sockets, run as a single source file (no build needed):
 *
 * <pre>
 * java phase02-http/load/LoadCheck.java [port] [connections] [seconds] [path]
 * </pre>
 *
 * Each connection sends one GET, reads the whole response (Content-Length framing), and repeats,
 * for the given time after a one-second warm-up. It prints requests per second and errors. Point
 * it at this module's server (HelloServer) and at Node's (load/node-hello.js) on the same machine.
 */
public class LoadCheck {

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String path = args.length > 3 ? args[3] : "/hello";
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

        LongAdder done = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port));
                    socket.setTcpNoDelay(true);
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    byte[] buffer = new byte[16 * 1024];
                    while (!stop.get()) {
                        out.write(request);
                        if (readResponse(in, buffer) != 200) {
                            errors.increment();
                        }
                        if (counting.get()) {
                            done.increment();
                        }
                    }
                } catch (IOException e) {
                    errors.increment();
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(1_000);  // warm-up: a load generator, not a test
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1_000L);
        counting.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        System.out.printf("%d connections, %.1f s: %d requests, %.0f requests/s, %d errors%n",
                connections, elapsed, done.sum(), done.sum() / elapsed, errors.sum());
    }

    /** Reads one response with a Content-Length body; returns its status. */
    private static int readResponse(InputStream in, byte[] buffer) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.append((char) b);
        }
        String text = head.toString();
        int status = Integer.parseInt(text.substring(9, 12));
        int at = text.toLowerCase().indexOf("content-length:");
        long length = at < 0 ? 0 : Long.parseLong(text.substring(at + 15, text.indexOf("\r\n", at)).strip());
        while (length > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, length));
            if (n < 0) {
                throw new IOException("closed in body");
            }
            length -= n;
        }
        return status;
    }
}
