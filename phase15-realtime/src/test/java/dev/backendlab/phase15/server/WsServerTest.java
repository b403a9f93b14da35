package dev.backendlab.phase15.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.phase15.peers.InMemoryConnection;
import dev.backendlab.phase15.peers.JdkWebSocket;
import dev.backendlab.phase15.peers.RawWebSocket;
import dev.backendlab.phase15.peers.WireFrame;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
            BoundedWait.until(Duration.ofSeconds(5), () -> server.connectionCount() == 0, () -> String.format(
                    "connectionCount() back to 0 after the only client closed, within 5 s; it stayed at %s",
                    server.connectionCount()));
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
            BoundedWait.until(Duration.ofSeconds(5), () -> client.pingsReceived() >= 4, () -> String.format(
                    "with a heartbeat every 250 ms the JDK client should have 4 pings within 5 s; it got %s",
                    client.pingsReceived()));
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
            BoundedWait.until(Duration.ofSeconds(5), () -> server.connectionCount() == 0, () -> String.format(
                    "connectionCount() back to 0 after dropping the silent client; it stayed at %s",
                    server.connectionCount()));
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
            Thread closer = new Thread(closing::close);
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

    /**
     * The heartbeat on its own, in memory: the connection's clock moves only when a check says so,
     * so "one interval" means exactly {@code INTERVAL}, however loaded the machine.
     */
    @Nested
    class Heartbeat_in_memory {

        private static final Duration INTERVAL = Duration.ofSeconds(30);
        private static final Duration JUST_BEFORE = INTERVAL.minusMillis(1);

        @Test
        void the_first_ping_goes_out_one_interval_after_the_handshake() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new HeartbeatHandler(INTERVAL));
            InMemoryConnection.advance(channel, JUST_BEFORE);
            List<Object> early = InMemoryConnection.drainOutbound(channel);
            assertThat(early).as("README, exercise 3: the server pings every interval (30 s here); 29.999 s after "
                    + "the handshake it wrote %s, expected nothing yet", InMemoryConnection.names(early)).isEmpty();
            InMemoryConnection.advance(channel, Duration.ofMillis(1));
            List<Object> written = InMemoryConnection.drainOutbound(channel);
            assertThat(InMemoryConnection.names(written)).as("what the heartbeat wrote at 30 s, one interval after "
                    + "the handshake: exactly one ping (RFC 6455 5.5.2)").isEqualTo("[PingWebSocketFrame]");
            InMemoryConnection.release(written);
        }

        @Test
        void pings_start_with_the_handshake_not_with_the_connection() {
            EmbeddedChannel channel = InMemoryConnection.open(new HeartbeatHandler(INTERVAL));
            InMemoryConnection.advance(channel, INTERVAL.multipliedBy(3));
            List<Object> beforeHandshake = InMemoryConnection.drainOutbound(channel);
            assertThat(beforeHandshake).as("before HandshakeComplete the connection still speaks HTTP, so a ping "
                    + "would be garbage to the client; three intervals after connecting, without a handshake, the "
                    + "heartbeat wrote %s, expected nothing", InMemoryConnection.names(beforeHandshake)).isEmpty();
            assertThat(channel.isOpen()).as("a connection still in its handshake is not dropped by the heartbeat")
                    .isTrue();
            InMemoryConnection.completeHandshake(channel);
            InMemoryConnection.advance(channel, INTERVAL);
            List<Object> written = InMemoryConnection.drainOutbound(channel);
            assertThat(InMemoryConnection.names(written)).as("one interval after HandshakeComplete: the first ping")
                    .isEqualTo("[PingWebSocketFrame]");
            InMemoryConnection.release(written);
        }

        @Test
        void a_client_that_answers_every_ping_is_pinged_once_per_interval_and_kept() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new HeartbeatHandler(INTERVAL));
            for (int tick = 1; tick <= 5; tick++) {
                InMemoryConnection.advance(channel, INTERVAL);
                List<Object> written = InMemoryConnection.drainOutbound(channel);
                assertThat(InMemoryConnection.names(written)).as("what the heartbeat wrote at tick %d (%d s), the "
                        + "client having answered every ping before: exactly one ping", tick, tick * 30)
                        .isEqualTo("[PingWebSocketFrame]");
                InMemoryConnection.release(written);
                channel.writeInbound(new PongWebSocketFrame());
                assertThat(channel.isOpen()).as("tick %d: a client that answered every ping with a pong stays "
                        + "connected", tick).isTrue();
            }
        }

        @Test
        void a_client_that_misses_one_pong_is_dropped_at_the_next_tick_without_a_close_frame() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new HeartbeatHandler(INTERVAL));
            InMemoryConnection.advance(channel, INTERVAL);
            InMemoryConnection.release(InMemoryConnection.drainOutbound(channel));
            InMemoryConnection.advance(channel, JUST_BEFORE);
            assertThat(channel.isOpen()).as("the client has until the next tick (60 s) to answer the ping of 30 s; "
                    + "at 59.999 s it must still be connected").isTrue();
            InMemoryConnection.advance(channel, Duration.ofMillis(1));
            List<Object> written = InMemoryConnection.drainOutbound(channel);
            assertThat(channel.isOpen()).as("README, exercise 3: a client that did not answer the previous ping is "
                    + "dropped at the next tick (60 s); the channel is still open").isFalse();
            assertThat(written).as("a client presumed gone is dropped without ceremony: no second ping, no close "
                    + "frame (ws's terminate()); at the second tick the heartbeat wrote %s",
                    InMemoryConnection.names(written)).isEmpty();
        }

        @Test
        void a_pong_stops_at_the_heartbeat_and_is_released() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new HeartbeatHandler(INTERVAL));
            PongWebSocketFrame pong = new PongWebSocketFrame(Unpooled.copiedBuffer("beat", StandardCharsets.US_ASCII));
            channel.writeInbound(pong);
            Object passedOn = channel.readInbound();
            assertThat(passedOn).as("a pong only tells the heartbeat the client is alive; it must not reach the "
                    + "handlers after it, yet %s came out of the pipeline", passedOn).isNull();
            assertThat(pong.refCnt()).as("reference count of the pong after the heartbeat consumed it: a frame that "
                    + "goes no further must be released (pong.release()), or every pong leaks its buffer")
                    .isZero();
        }

        @Test
        void every_other_frame_passes_on_unchanged() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new HeartbeatHandler(INTERVAL));
            TextWebSocketFrame text = new TextWebSocketFrame("hello");
            channel.writeInbound(text);
            Object passedOn = channel.readInbound();
            assertThat(passedOn).as("a text frame goes on to WsFrameHandler through the heartbeat (ctx.fireChannelRead"
                    + " or super.channelRead), the same object; got %s", passedOn).isSameAs(text);
            text.release();
        }
    }

    /**
     * The slow-consumer guard on its own, in memory: the check decides when the channel is writable
     * (one of Netty's user-defined writability flags), so "the client stopped reading" is exact.
     */
    @Nested
    class Slow_consumer_guard_in_memory {

        private static final int MAX_QUEUED = 1000;
        private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

        private final EmbeddedChannel channel = InMemoryConnection.open(
                new SlowConsumerGuard(MAX_QUEUED, CLOSE_TIMEOUT.toMillis()));

        private void clientStopsReading() {
            channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
            channel.runPendingTasks();
            channel.checkException();
        }

        private void clientReadsAgain() {
            channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
            channel.runPendingTasks();
            channel.checkException();
        }

        private static TextWebSocketFrame text(int number, int bytes) {
            String head = "message " + number + " ";
            return new TextWebSocketFrame(head + "x".repeat(bytes - head.length()));
        }

        private ChannelFuture write(Object frame) {
            ChannelFuture written = channel.writeAndFlush(frame);
            channel.runPendingTasks();
            channel.checkException();
            rethrowStub(written);
            return written;
        }

        @Test
        void frames_pass_straight_through_while_the_client_reads() {
            TextWebSocketFrame first = text(1, 400);
            BinaryWebSocketFrame second = new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2, 3}));
            TextWebSocketFrame third = text(3, 400);
            List<ChannelFuture> writes = List.of(write(first), write(second), write(third));
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(out).as("frames written to a writable channel go straight on, the same objects, in order; "
                    + "got %s", InMemoryConnection.names(out)).containsExactly(first, second, third);
            assertThat(writes).as("the futures of writes that went straight through").allMatch(ChannelFuture::isSuccess);
            InMemoryConnection.release(out);
        }

        @Test
        void frames_wait_while_the_client_does_not_read_and_go_out_in_order_when_it_does() {
            clientStopsReading();
            TextWebSocketFrame first = text(1, 400);
            TextWebSocketFrame second = text(2, 400);
            List<ChannelFuture> writes = List.of(write(first), write(second));
            List<Object> whileStalled = InMemoryConnection.drainOutbound(channel);
            assertThat(whileStalled).as("800 bytes written while the channel is not writable: they wait in the "
                    + "guard's queue (maxQueuedBytes 1000), nothing goes on; got %s",
                    InMemoryConnection.names(whileStalled)).isEmpty();
            assertThat(writes).as("the futures of queued writes are not done until the frames go out")
                    .noneMatch(ChannelFuture::isDone);
            assertThat(channel.isOpen()).as("800 queued bytes are within maxQueuedBytes (1000): the client is kept")
                    .isTrue();
            clientReadsAgain();
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(out).as("once the channel is writable again (channelWritabilityChanged) the queue drains, "
                    + "first in first out, and is flushed; got %s", InMemoryConnection.names(out))
                    .containsExactly(first, second);
            assertThat(writes).as("the futures of the queued writes, once the frames went out")
                    .allMatch(ChannelFuture::isSuccess);
            InMemoryConnection.release(out);
        }

        @Test
        void pings_and_close_frames_are_never_queued() {
            clientStopsReading();
            TextWebSocketFrame waiting = text(1, 400);
            write(waiting);
            PingWebSocketFrame ping = new PingWebSocketFrame();
            CloseWebSocketFrame close = new CloseWebSocketFrame(1001, "going away");
            write(ping);
            write(close);
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(out).as("Javadoc of SlowConsumerGuard: control frames are never queued; with a text frame "
                    + "waiting for a stalled client, a ping and a close frame still go on at once; got %s",
                    InMemoryConnection.names(out)).containsExactly(ping, close);
            InMemoryConnection.release(out);
        }

        @Test
        void a_backlog_past_max_queued_bytes_is_dropped_and_the_client_gets_a_1008_close() {
            clientStopsReading();
            List<TextWebSocketFrame> frames = List.of(text(1, 400), text(2, 400), text(3, 400));
            List<ChannelFuture> writes = frames.stream().map(this::write).toList();
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(InMemoryConnection.names(out)).as("1200 bytes for a stalled client with maxQueuedBytes 1000: "
                    + "the guard gives up and closes it with a close frame, the queued text frames never go out")
                    .isEqualTo("[CloseWebSocketFrame]");
            assertThat(((CloseWebSocketFrame) out.get(0)).statusCode()).as("README, exercise 3: a slow consumer is "
                    + "closed with 1008 (policy violation, RFC 6455 7.4.1)").isEqualTo(1008);
            assertThat(frames).as("reference counts of the three dropped frames: dropping the queue releases them, "
                    + "or the memory the guard protects stays taken").allMatch(frame -> frame.refCnt() == 0);
            assertThat(writes).as("the futures of the dropped writes fail: their frames will never be delivered")
                    .allMatch(write -> write.isDone() && !write.isSuccess());
            InMemoryConnection.release(out);
        }

        @Test
        void frames_written_after_giving_up_are_dropped_at_once() {
            clientStopsReading();
            for (int i = 1; i <= 3; i++) {
                write(text(i, 400));
            }
            InMemoryConnection.release(InMemoryConnection.drainOutbound(channel));
            TextWebSocketFrame late = text(4, 400);
            ChannelFuture written = write(late);
            clientReadsAgain();
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(out).as("after giving up on a client nothing more is queued or sent to it, even once it "
                    + "reads again; got %s", InMemoryConnection.names(out)).isEmpty();
            assertThat(late.refCnt()).as("reference count of a frame written after the guard gave up: released at "
                    + "once").isZero();
            assertThat(written.isDone() && !written.isSuccess()).as("the future of a write after the guard gave up "
                    + "fails (done: %s, cause: %s)", written.isDone(), written.cause()).isTrue();
        }

        @Test
        void a_slow_client_that_never_answers_the_close_is_disconnected_after_the_close_timeout() {
            clientStopsReading();
            for (int i = 1; i <= 3; i++) {
                write(text(i, 400));
            }
            InMemoryConnection.release(InMemoryConnection.drainOutbound(channel));
            InMemoryConnection.advance(channel, CLOSE_TIMEOUT);
            assertThat(channel.isOpen()).as("the guard closes a slow client the way the server starts any close "
                    + "(WsFrameHandler.startClose): when the client answers or, at the latest, after closeTimeout "
                    + "(5 s here); 5 s after the 1008 close frame the channel is still open").isFalse();
        }
    }

    /**
     * The application end on its own, in memory: what it does with frames, errors and the close
     * timeout, with no protocol handler in front of it.
     */
    @Nested
    class Frame_handler_in_memory {

        private static final long CLOSE_TIMEOUT_MILLIS = 2000;

        private final ChannelGroup group = new DefaultChannelGroup(ImmediateEventExecutor.INSTANCE);

        @Test
        void a_connection_joins_the_group_when_its_handshake_completes_and_leaves_when_it_closes() {
            EmbeddedChannel channel = InMemoryConnection.open(new WsFrameHandler(group));
            assertThat(List.copyOf(group)).as("a connection still in its HTTP handshake is not a WebSocket client yet: the "
                    + "group before HandshakeComplete").isEmpty();
            InMemoryConnection.completeHandshake(channel);
            assertThat(List.copyOf(group)).as("the group after HandshakeComplete (connections.add(ctx.channel()))")
                    .containsExactly(channel);
            channel.close();
            assertThat(List.copyOf(group)).as("a ChannelGroup forgets a channel once it closes").isEmpty();
        }

        @Test
        void a_server_close_waits_for_the_client_answer_at_most_the_close_timeout() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new WsFrameHandler(group));
            WsFrameHandler.startClose(channel, 1001, "going away", CLOSE_TIMEOUT_MILLIS);
            channel.runPendingTasks();
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(InMemoryConnection.names(out)).as("what startClose(channel, 1001, ...) wrote")
                    .isEqualTo("[CloseWebSocketFrame]");
            assertThat(((CloseWebSocketFrame) out.get(0)).statusCode()).as("the code of the close frame")
                    .isEqualTo(1001);
            InMemoryConnection.release(out);
            InMemoryConnection.advance(channel, Duration.ofMillis(CLOSE_TIMEOUT_MILLIS - 1));
            assertThat(channel.isOpen()).as("RFC 6455 7.1.1: after sending a close frame the server waits for the "
                    + "client's; 1999 ms into a 2000 ms close timeout the connection must still be open").isTrue();
            InMemoryConnection.advance(channel, Duration.ofMillis(1));
            assertThat(channel.isOpen()).as("a client that does not answer the close is disconnected when the close "
                    + "timeout (2000 ms) is over").isFalse();
        }

        @Test
        void the_client_answer_to_a_server_close_ends_the_connection_with_no_second_close_frame() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new WsFrameHandler(group));
            WsFrameHandler.startClose(channel, 1001, "going away", CLOSE_TIMEOUT_MILLIS);
            channel.runPendingTasks();
            InMemoryConnection.release(InMemoryConnection.drainOutbound(channel));
            channel.writeInbound(new CloseWebSocketFrame(1001, ""));
            channel.checkException();
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(out).as("RFC 6455 5.5.1: the server sent its close frame first, so the client's close "
                    + "completes the handshake and is not answered again; the handler wrote %s",
                    InMemoryConnection.names(out)).isEmpty();
            assertThat(channel.isOpen()).as("RFC 6455 7.1.1: once both close frames crossed, the server closes TCP "
                    + "at once, without waiting for the timeout").isFalse();
        }

        @Test
        void an_unexpected_error_closes_the_connection_with_1011() {
            EmbeddedChannel channel = InMemoryConnection.afterHandshake(new WsFrameHandler(group));
            channel.pipeline().fireExceptionCaught(new IllegalStateException("a bug in a handler"));
            channel.runPendingTasks();
            List<Object> out = InMemoryConnection.drainOutbound(channel);
            assertThat(InMemoryConnection.names(out)).as("what WsFrameHandler wrote after an IllegalStateException "
                    + "reached exceptionCaught").isEqualTo("[CloseWebSocketFrame]");
            assertThat(((CloseWebSocketFrame) out.get(0)).statusCode()).as("RFC 6455 7.4.1: an error that is not "
                    + "the client's fault closes with 1011 (internal error); 1009 is only for a message too big")
                    .isEqualTo(1011);
            assertThat(channel.isOpen()).as("the connection ends once the 1011 close frame is written").isFalse();
            InMemoryConnection.release(out);
        }
    }

    // A stub that throws in write() fails the write's future, not the caller: surface it as the stub it is.
    private static void rethrowStub(ChannelFuture written) {
        if (written.cause() instanceof NotImplementedYetException stub) {
            throw stub;
        }
    }

    // --- helpers ---

    private static void assertEcho(JdkWebSocket client, String text) throws Exception {
        client.send(text);
        Object echo = client.next(5);
        assertThat(echo).as("the echo of \"%s\" within 5 s (null: nothing came back)", text).isEqualTo(text);
    }

}
