package dev.backendlab.phase15.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase15.peers.JdkWebSocket;
import dev.backendlab.phase15.peers.RawWebSocket;
import dev.backendlab.phase15.peers.WireFrame;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Exercise(order = 3, title = "A ws-style server", topics = {"ws", "Broadcasting"})
class WsServerTest {

    private static final String PATH = "/ws";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WsServer server;
    private int port;
    private final List<AutoCloseable> clients = new ArrayList<>();

    private void start(WsServerConfig config) throws Exception {
        server = new WsServer(config);
        port = server.start();
    }

    private void start() throws Exception {
        start(WsServerConfig.defaults().withCloseTimeout(Duration.ofSeconds(2)));
    }

    private JdkWebSocket jdkClient() throws Exception {
        JdkWebSocket client = JdkWebSocket.connect(HTTP, port, PATH);
        clients.add(client);
        return client;
    }

    private RawWebSocket rawClient(int receiveBuffer) throws Exception {
        RawWebSocket client = RawWebSocket.connect(port, PATH, receiveBuffer);
        clients.add(client);
        return client;
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Nested
    class Connection_lifecycle {

        @Test
        void clients_that_completed_the_handshake_are_counted() throws Exception {
            start();
            JdkWebSocket first = jdkClient();
            assertEcho(first, "one");
            assertThat(server.connectionCount()).as("connectionCount() after one client connected and got an echo")
                    .isEqualTo(1);
            JdkWebSocket second = jdkClient();
            assertEcho(second, "two");
            assertThat(server.connectionCount()).as("connectionCount() with two clients connected").isEqualTo(2);
        }

        @Test
        void a_client_that_leaves_is_forgotten() throws Exception {
            start();
            JdkWebSocket client = jdkClient();
            assertEcho(client, "hello");
            client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
            client.closed().get(5, TimeUnit.SECONDS);
            awaitTrue(() -> server.connectionCount() == 0,
                    "connectionCount() back to 0 after the only client closed, within 5 s; it stayed at %s",
                    () -> server.connectionCount());
        }
    }

    @Nested
    class Messages {

        @Test
        void a_text_message_is_echoed() throws Exception {
            start();
            assertEcho(jdkClient(), "Hello, \u4e16\u754c");
        }

        @Test
        void a_binary_message_is_echoed_as_binary() throws Exception {
            start();
            JdkWebSocket client = jdkClient();
            byte[] data = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
            client.socket().sendBinary(ByteBuffer.wrap(data), true).get(5, TimeUnit.SECONDS);
            Object echo = client.next(5);
            assertThat(echo).as("the echo of a binary message 00 01 02 fe ff: a binary message (got %s)", echo)
                    .isInstanceOf(ByteBuffer.class);
            ByteBuffer buffer = (ByteBuffer) echo;
            byte[] got = new byte[buffer.remaining()];
            buffer.get(got);
            assertThat(got).as("echoed bytes").containsExactly(data);
        }

        @Test
        void a_fragmented_message_is_echoed_whole() throws Exception {
            start();
            JdkWebSocket client = jdkClient();
            client.socket().sendText("Hello, ", false).get(5, TimeUnit.SECONDS);
            client.socket().sendText("fragmented ", false).get(5, TimeUnit.SECONDS);
            client.socket().sendText("world", true).get(5, TimeUnit.SECONDS);
            assertThat(client.next(5))
                    .as("a text message sent in three fragments comes back as one message")
                    .isEqualTo("Hello, fragmented world");
        }

        @Test
        void each_client_gets_its_own_echoes_in_order() throws Exception {
            start();
            JdkWebSocket alice = jdkClient();
            JdkWebSocket bob = jdkClient();
            for (int i = 0; i < 50; i++) {
                alice.socket().sendText("alice " + i, true).get(5, TimeUnit.SECONDS);
                bob.socket().sendText("bob " + i, true).get(5, TimeUnit.SECONDS);
            }
            for (int i = 0; i < 50; i++) {
                assertThat(alice.next(5)).as("alice's echo number %d, in the order she sent", i).isEqualTo("alice " + i);
                assertThat(bob.next(5)).as("bob's echo number %d, in the order he sent", i).isEqualTo("bob " + i);
            }
        }

        @Test
        void a_broadcast_reaches_every_client() throws Exception {
            start();
            List<JdkWebSocket> all = List.of(jdkClient(), jdkClient(), jdkClient());
            for (JdkWebSocket client : all) {
                assertEcho(client, "ready");
            }
            server.broadcast("news for everyone");
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i).next(5)).as("client %d of 3 after broadcast(\"news for everyone\")", i + 1)
                        .isEqualTo("news for everyone");
            }
        }
    }

    @Nested
    class Heartbeat {

        // A client gets one interval to answer a ping: long enough for a loaded machine.
        private final WsServerConfig pings = WsServerConfig.defaults()
                .withHeartbeatInterval(Duration.ofMillis(250)).withCloseTimeout(Duration.ofSeconds(2));
        private final WsServerConfig fastPings = pings.withHeartbeatInterval(Duration.ofMillis(100));

        @Test
        void a_client_that_answers_pings_stays_connected() throws Exception {
            start(pings);
            JdkWebSocket client = jdkClient();
            awaitTrue(() -> client.pingsReceived() >= 4,
                    "with a heartbeat every 250 ms the JDK client should have 4 pings within 5 s; it got %s",
                    client::pingsReceived);
            assertThat(client.closed()).as("the JDK client answers every ping with a pong, so the server must "
                    + "not drop it; it was closed: %s", client.closed()).isNotDone();
            assertEcho(client, "still here");
            assertThat(server.connectionCount()).as("connectionCount() for a client that answers pings").isEqualTo(1);
        }

        @Test
        void a_client_that_stops_answering_is_dropped() throws Exception {
            start(fastPings);
            RawWebSocket silent = rawClient(0);
            List<WireFrame> frames = silent.readToEnd();
            assertThat(frames).as("a client that never answers pings: the server pings it (opcode 9) and, one "
                    + "interval later without a pong, drops the TCP connection. Frames:%n%s", silent.transcript())
                    .isNotEmpty()
                    .allMatch(f -> f.opcode() == WireFrame.PING);
            awaitTrue(() -> server.connectionCount() == 0,
                    "connectionCount() back to 0 after dropping the silent client; it stayed at %s",
                    () -> server.connectionCount());
        }

        @Test
        void a_raw_client_answering_with_pongs_is_kept() throws Exception {
            start(pings);
            RawWebSocket client = rawClient(0);
            for (int i = 0; i < 4; i++) {
                WireFrame frame = client.next();
                assertThat(frame).as("frame %d: a ping every 250 ms; transcript:%n%s", i + 1, client.transcript())
                        .isNotNull();
                assertThat(frame.opcode()).as("frame %d should be a ping; transcript:%n%s", i + 1, client.transcript())
                        .isEqualTo(WireFrame.PING);
                client.send(WireFrame.PONG, frame.payload());
            }
            client.sendText("after four pongs");
            WireFrame echo = client.nextIgnoringPings();
            assertThat(echo).as("a client that answered 4 pings is still connected and gets its echo; transcript:%n%s",
                    client.transcript()).isNotNull();
            assertThat(echo.text()).isEqualTo("after four pongs");
        }
    }

    @Nested
    class Close_handshake {

        @Test
        void a_close_from_the_client_is_answered_with_its_code_then_the_connection_ends() throws Exception {
            start();
            RawWebSocket client = rawClient(0);
            client.send(WireFrame.CLOSE, WireFrame.closePayload(1000, "bye"));
            WireFrame answer = client.nextIgnoringPings();
            assertThat(answer).as("RFC 6455 5.5.1: the server answers a close frame with one of its own; transcript:"
                    + "%n%s", client.transcript()).isNotNull();
            assertThat(answer.opcode()).as("the answer is a close frame; transcript:%n%s", client.transcript())
                    .isEqualTo(WireFrame.CLOSE);
            assertThat(answer.closeCode()).as("it echoes the client's code 1000").isEqualTo(1000);
            assertThat(answer.masked()).as("a server never masks").isFalse();
            assertThat(client.next()).as("after the close handshake the server closes TCP; transcript:%n%s",
                    client.transcript()).isNull();
        }

        @Test
        void a_close_without_a_code_is_answered_with_1000() throws Exception {
            start();
            RawWebSocket client = rawClient(0);
            client.send(WireFrame.CLOSE, new byte[0]);
            WireFrame answer = client.nextIgnoringPings();
            assertThat(answer).as("an answer to an empty close frame; transcript:%n%s", client.transcript()).isNotNull();
            assertThat(answer.closeCode()).as("an empty close (1005, no status) is answered with 1000; transcript:%n%s",
                    client.transcript()).isEqualTo(1000);
            assertThat(client.next()).as("then the connection ends; transcript:%n%s", client.transcript()).isNull();
        }

        @Test
        void the_jdk_client_sees_its_own_code_come_back() throws Exception {
            start();
            JdkWebSocket client = jdkClient();
            client.socket().sendClose(4000, "done").get(5, TimeUnit.SECONDS);
            JdkWebSocket.Closed closed = client.closed().get(5, TimeUnit.SECONDS);
            assertThat(closed.code()).as("java.net.http.WebSocket closed with 4000; the server's answer").isEqualTo(4000);
        }

        @Test
        void shutting_down_sends_1001_to_a_jdk_client() throws Exception {
            start();
            JdkWebSocket client = jdkClient();
            assertEcho(client, "before shutdown");
            WsServer closing = server;
            server = null;
            closing.close();
            JdkWebSocket.Closed closed = client.closed().get(5, TimeUnit.SECONDS);
            assertThat(closed.code()).as("server.close() tells every client it is going away: 1001").isEqualTo(1001);
        }

        @Test
        void shutting_down_waits_for_the_client_close_then_ends_the_connection() throws Exception {
            start();
            RawWebSocket client = rawClient(0);
            client.sendText("ready");
            assertThat(client.nextIgnoringPings()).as("echo of 'ready'").isNotNull();
            WsServer closing = server;
            server = null;
            Thread closer = new Thread(() -> {
                try {
                    closing.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            closer.start();
            WireFrame close = client.nextIgnoringPings();
            assertThat(close).as("server.close() starts the close handshake; transcript:%n%s", client.transcript())
                    .isNotNull();
            assertThat(close.opcode()).as("a close frame; transcript:%n%s", client.transcript()).isEqualTo(WireFrame.CLOSE);
            assertThat(close.closeCode()).as("code 1001, going away").isEqualTo(1001);
            client.send(WireFrame.CLOSE, WireFrame.closePayload(1001, ""));
            assertThat(client.next()).as("after the client's answering close the server ends TCP; transcript:%n%s",
                    client.transcript()).isNull();
            closer.join(10_000);
        }
    }

    static Stream<Arguments> violations() {
        byte[] invalidUtf8 = HexFormat.of().parseHex("48c0af");
        return Stream.of(
                Arguments.of("an unmasked client frame", 1002,
                        List.of(WireFrame.encode(0x81, "Hello".getBytes(StandardCharsets.US_ASCII), false))),
                Arguments.of("RSV1 set without an extension", 1002,
                        List.of(WireFrame.encode(0xC1, "Hello".getBytes(StandardCharsets.US_ASCII), true))),
                Arguments.of("reserved opcode 0x3", 1002, List.of(WireFrame.encode(0x83, new byte[0], true))),
                Arguments.of("a fragmented ping", 1002, List.of(WireFrame.encode(0x09, new byte[0], true))),
                Arguments.of("a ping of 126 bytes", 1002, List.of(WireFrame.encode(0x89, new byte[126], true))),
                Arguments.of("text that is not UTF-8 (48 c0 af)", 1007, List.of(WireFrame.encode(0x81, invalidUtf8, true))),
                Arguments.of("UTF-8 broken across fragments (e2 | 28 a1)", 1007, List.of(
                        WireFrame.encode(0x01, HexFormat.of().parseHex("e2"), true),
                        WireFrame.encode(0x80, HexFormat.of().parseHex("28a1"), true))),
                Arguments.of("one frame of 2000 bytes with a limit of 1024", 1009,
                        List.of(WireFrame.encode(0x82, new byte[2000], true))),
                Arguments.of("three fragments of 600 bytes with a limit of 1024", 1009, List.of(
                        WireFrame.encode(0x02, new byte[600], true),
                        WireFrame.encode(0x00, new byte[600], true),
                        WireFrame.encode(0x80, new byte[600], true))));
    }

    @ParameterizedTest(name = "close {1} for {0}")
    @MethodSource("violations")
    void a_protocol_violation_is_answered_with_a_close_code(String what, int code, List<byte[]> frames)
            throws Exception {
        start(WsServerConfig.defaults().withMaxMessageSize(1024).withCloseTimeout(Duration.ofSeconds(2)));
        RawWebSocket client = rawClient(0);
        for (byte[] frame : frames) {
            client.sendRaw(what, frame);
        }
        WireFrame answer = client.nextIgnoringPings();
        assertThat(answer).as("RFC 6455 7.1.7: on %s the server fails the connection with a close frame %d; "
                + "transcript:%n%s", what, code, client.transcript()).isNotNull();
        assertThat(answer.opcode()).as("a close frame for %s; transcript:%n%s", what, client.transcript())
                .isEqualTo(WireFrame.CLOSE);
        assertThat(answer.closeCode()).as("the close code for %s; transcript:%n%s", what, client.transcript())
                .isEqualTo(code);
        assertThat(client.next()).as("after failing the connection the server closes TCP; transcript:%n%s",
                client.transcript()).isNull();
    }

    @Nested
    class Slow_consumers {

        private static final int MESSAGE_BYTES = 4096;
        private static final int MESSAGES = 256;
        private static final int BATCH = 8;

        private final WsServerConfig tightQueues = WsServerConfig.defaults()
                .withSlowConsumerLimits(64 * 1024, 16 * 1024).withCloseTimeout(Duration.ofSeconds(8));

        @Test
        void a_client_that_stops_reading_is_closed_with_1008_after_a_bounded_backlog() throws Exception {
            start(tightQueues);
            RawWebSocket stalled = rawClient(8 * 1024);
            JdkWebSocket pacer = jdkClient();
            assertEcho(pacer, "ready");
            broadcastInBatches(pacer);

            List<WireFrame> frames = new ArrayList<>();
            WireFrame frame;
            try {
                frame = stalled.next();
                while (frame != null && frame.opcode() == WireFrame.TEXT) {
                    frames.add(frame);
                    frame = stalled.next();
                }
            } catch (AssertionError nothingMore) {
                throw new AssertionError(String.format("the stalled client, once it read again, got %d of the %d "
                        + "messages and then no close frame: the server must give up on a client whose backlog "
                        + "passes maxQueuedBytes (64 KiB) and close it with 1008, not keep everything for it. %s",
                        frames.size(), MESSAGES, nothingMore.getMessage()), nothingMore);
            }
            assertThat(frame).as("after the messages it could hold, the stalled client gets a close frame; "
                    + "transcript:%n%s", stalled.transcript()).isNotNull();
            assertThat(frame.opcode()).as("a close frame after the last text frame; transcript:%n%s",
                    stalled.transcript()).isEqualTo(WireFrame.CLOSE);
            assertThat(frame.closeCode()).as("a slow consumer is closed with 1008 (policy violation)").isEqualTo(1008);
            for (int i = 0; i < frames.size(); i++) {
                assertThat(frames.get(i).text()).as("message %d the stalled client received: the messages before "
                        + "the close are the first ones broadcast, in order, none skipped", i).isEqualTo(message(i));
            }
            assertThat(frames.size() * MESSAGE_BYTES)
                    .as("%d KiB were broadcast while the client did not read; what the server still delivered "
                            + "afterwards must be bounded by its queue (64 KiB) plus the socket buffers, not the "
                            + "whole stream", MESSAGES * MESSAGE_BYTES / 1024)
                    .isLessThanOrEqualTo(MESSAGES * MESSAGE_BYTES / 2);
            stalled.send(WireFrame.CLOSE, WireFrame.closePayload(1008, ""));
            assertThat(stalled.next()).as("after the close handshake the connection ends; transcript:%n%s",
                    stalled.transcript()).isNull();
        }

        @Test
        void a_fast_client_gets_every_broadcast_while_another_stalls() throws Exception {
            start(tightQueues);
            rawClient(8 * 1024);
            JdkWebSocket pacer = jdkClient();
            assertEcho(pacer, "ready");
            broadcastInBatches(pacer);
            assertEcho(pacer, "still fine");
            assertThat(pacer.closed()).as("the fast client stays connected while the stalled one is dealt with; "
                    + "it was closed: %s", pacer.closed()).isNotDone();
        }

        // Each batch waits until the fast client has read it: the fast client is never the slow one.
        private void broadcastInBatches(JdkWebSocket pacer) throws Exception {
            for (int start = 0; start < MESSAGES; start += BATCH) {
                for (int i = start; i < start + BATCH; i++) {
                    server.broadcast(message(i));
                }
                for (int i = start; i < start + BATCH; i++) {
                    Object got = pacer.next(5);
                    assertThat(got == null ? null : ((String) got).substring(0, Math.min(12, ((String) got).length())))
                            .as("the fast client must receive broadcast %d of %d in order, whatever a stalled "
                                    + "client does", i, MESSAGES)
                            .isEqualTo(message(i).substring(0, 12));
                }
            }
        }

        private String message(int i) {
            String head = String.format("message %04d ", i);
            return head + "x".repeat(MESSAGE_BYTES - head.length());
        }
    }

    // --- helpers ---

    private static void assertEcho(JdkWebSocket client, String text) throws Exception {
        client.send(text);
        Object echo = client.next(5);
        assertThat(echo).as("the echo of \"%s\" within 5 s (null: nothing came back)", text).isEqualTo(text);
    }

    private static void awaitTrue(BooleanSupplier condition, String message, java.util.function.Supplier<Object> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(String.format(message, state.get()));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
