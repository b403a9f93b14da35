package dev.backendlab.phase15.peers;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A WebSocket client on a plain socket, for what client libraries refuse to do: send broken
 * frames, never answer pings, stop reading. It keeps a transcript of every frame sent and
 * received, in hex, for failure messages.
 */
public final class RawWebSocket implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final List<String> transcript = new ArrayList<>();

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /**
     * Connects and completes the handshake on {@code path}.
     *
     * @param receiveBuffer SO_RCVBUF in bytes, 0 for the default; small for a slow consumer
     */
    public static RawWebSocket connect(int port, String path, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(5000);
        RawWebSocket ws = new RawWebSocket(socket);
        ws.handshake(path);
        return ws;
    }

    private void handshake(String path) throws IOException {
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(in.readUnsignedByte());
        }
        String response = head.toString(StandardCharsets.US_ASCII);
        transcript.add("handshake answered: " + response.lines().findFirst().orElse(""));
        if (!response.startsWith("HTTP/1.1 101")) {
            throw new IOException("the handshake on " + path + " was refused:\n" + response);
        }
    }

    /** Sends raw bytes as they are. */
    public void sendRaw(String what, byte[] bytes) throws IOException {
        transcript.add("sent " + what + ": " + WireFrame.hex(bytes, 24));
        out.write(bytes);
        out.flush();
    }

    /** Sends a masked frame with FIN set. */
    public void send(int opcode, byte[] payload) throws IOException {
        sendRaw(name(opcode), WireFrame.encode(0x80 | opcode, payload, true));
    }

    public void sendText(String text) throws IOException {
        send(WireFrame.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame, or null when the server closed the connection. */
    public WireFrame next() throws IOException {
        try {
            WireFrame frame = WireFrame.read(in);
            transcript.add("received " + frame);
            return frame;
        } catch (EOFException | java.net.SocketException e) {
            transcript.add("received end of stream (" + e.getClass().getSimpleName() + ")");
            return null;
        } catch (SocketTimeoutException e) {
            transcript.add("nothing received within " + socket.getSoTimeout() + " ms");
            throw new AssertionError("waited " + socket.getSoTimeout() + " ms for a frame (or the end of the "
                    + "connection) from the server and nothing came; transcript:\n" + transcript(), e);
        }
    }

    /** The next frame that is not a ping (pings are noted and not answered), or null at the end. */
    public WireFrame nextIgnoringPings() throws IOException {
        WireFrame frame = next();
        while (frame != null && frame.opcode() == WireFrame.PING) {
            frame = next();
        }
        return frame;
    }

    /** Reads until the server ends the connection; the frames read on the way. */
    public List<WireFrame> readToEnd() throws IOException {
        List<WireFrame> frames = new ArrayList<>();
        for (WireFrame frame = next(); frame != null; frame = next()) {
            frames.add(frame);
        }
        return frames;
    }

    public void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /** Every frame sent and received so far, one per line. */
    public String transcript() {
        int from = Math.max(0, transcript.size() - 30);
        return (from > 0 ? "  ... " + from + " earlier lines\n" : "") + "  "
                + String.join("\n  ", transcript.subList(from, transcript.size()));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static String name(int opcode) {
        return switch (opcode) {
            case WireFrame.TEXT -> "TEXT";
            case WireFrame.BINARY -> "BINARY";
            case WireFrame.CLOSE -> "CLOSE";
            case WireFrame.PING -> "PING";
            case WireFrame.PONG -> "PONG";
            default -> "opcode " + opcode;
        };
    }
}
