package dev.backendlab.phase15.handshake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a {@link WebSocketHandshake} on a real socket, so that a real client (the JDK's) judges its
 * answers: a minimal HTTP/1.1 reader in front, the response written as the handshake returns it.
 * After a 101 it holds the connection open until the client goes.
 */
final class HandshakeOnASocket implements AutoCloseable {

    private final ServerSocket server;
    private final WebSocketHandshake handshake;
    private final Thread acceptor;

    HandshakeOnASocket(WebSocketHandshake handshake) throws IOException {
        this.handshake = handshake;
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "handshake-on-a-socket");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                answer(socket);
            } catch (IOException | RuntimeException e) {
                // The connection ends; the client reports what it saw. A stub's exception lands here.
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        HandshakeRequest request = parse(readHead(in));
        HandshakeResponse response = handshake.respond(request);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (response.status() != 101) {
            head.append("Content-Length: 0\r\nConnection: close\r\n");
        }
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        if (response.status() == 101) {
            while (in.read() != -1) {
                // hold the connection until the client closes it
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("the client closed before the end of its request head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static HandshakeRequest parse(String head) {
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), n -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        return new HandshakeRequest(requestLine[0], requestLine[2], requestLine[1], headers);
    }

    private static String reason(int status) {
        return switch (status) {
            case 101 -> "Switching Protocols";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 426 -> "Upgrade Required";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
