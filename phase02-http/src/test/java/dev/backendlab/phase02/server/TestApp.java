package dev.backendlab.phase02.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.backendlab.phase02.parser.HeaderField;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The application the grading checks run on the learner's server. */
final class TestApp implements HttpHandler {

    static final List<HeaderField> TEXT = List.of(new HeaderField("Content-Type", "text/plain"));
    static final int DOWNLOAD_PIECE = 64 * 1024;

    /** Released by a check to let requests to /slow finish. */
    final CountDownLatch slowRelease = new CountDownLatch(1);
    /** Counted down when a request to /slow has reached the handler. */
    final CountDownLatch slowStarted = new CountDownLatch(1);
    /** /watched-download: counted down after its first piece, and once 32 MiB were written. */
    final CountDownLatch watchedDownloadStarted = new CountDownLatch(1);
    final CountDownLatch watchedDownloadPast32MiB = new CountDownLatch(1);
    /** /late-count: counted down when the handler was called; released by the check to start reading. */
    final CountDownLatch lateCountStarted = new CountDownLatch(1);
    final CountDownLatch lateCountRelease = new CountDownLatch(1);

    @Override
    public void handle(Exchange exchange) throws Exception {
        String target = exchange.head().target();
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        switch (path) {
            case "/hello" -> exchange.send(200, TEXT, "hello".getBytes(UTF_8));
            case "/target" -> exchange.send(200, TEXT, target.getBytes(UTF_8));
            case "/echo" -> exchange.send(200, TEXT, exchange.body().readAllBytes());
            case "/count" -> exchange.send(200, TEXT, Long.toString(count(exchange.body())).getBytes(UTF_8));
            case "/reject" -> exchange.send(413, TEXT, "too big for me".getBytes(UTF_8));
            case "/download" -> download(exchange, Long.parseLong(target.substring(target.indexOf('=') + 1)));
            case "/watched-download" -> watchedDownload(exchange);
            case "/late-count" -> {
                lateCountStarted.countDown();
                if (!lateCountRelease.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                exchange.send(200, TEXT, Long.toString(count(exchange.body())).getBytes(UTF_8));
            }
            case "/boom" -> throw new IllegalStateException("secret-detail: the database password is hunter2");
            case "/slow" -> {
                slowStarted.countDown();
                if (!slowRelease.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                exchange.send(200, TEXT, "finally".getBytes(UTF_8));
            }
            default -> exchange.send(404, TEXT, "no such path".getBytes(UTF_8));
        }
    }

    /** Writes up to 100 MiB, noting progress; stops when the client goes away. */
    private void watchedDownload(Exchange exchange) throws Exception {
        byte[] piece = new byte[DOWNLOAD_PIECE];
        try (OutputStream out = exchange.stream(200, List.of(new HeaderField("Content-Type", "application/octet-stream")))) {
            for (long written = 0; written < 100L * 1024 * 1024; written += piece.length) {
                out.write(piece);
                watchedDownloadStarted.countDown();
                if (written + piece.length >= 32L * 1024 * 1024) {
                    watchedDownloadPast32MiB.countDown();
                }
            }
        }
    }

    private static long count(InputStream body) throws Exception {
        byte[] buffer = new byte[32 * 1024];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            total += n;
        }
        return total;
    }

    /** Byte i of the download is (byte) (i % 251): a client can check every byte. */
    private static void download(Exchange exchange, long size) throws Exception {
        byte[] piece = new byte[DOWNLOAD_PIECE];
        try (OutputStream out = exchange.stream(200, List.of(new HeaderField("Content-Type", "application/octet-stream")))) {
            long sent = 0;
            while (sent < size) {
                int n = (int) Math.min(piece.length, size - sent);
                for (int i = 0; i < n; i++) {
                    piece[i] = (byte) ((sent + i) % 251);
                }
                out.write(piece, 0, n);
                sent += n;
            }
        }
    }
}
