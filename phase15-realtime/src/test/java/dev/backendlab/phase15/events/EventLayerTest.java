package dev.backendlab.phase15.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.backendlab.grader.Exercise;
import dev.backendlab.phase15.peers.JdkWebSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 4, title = "A Socket.io-style layer", topics = {"Socket.io", "Broadcasting"})
class EventLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final EventServer events = new EventServer(timers);
    private final BlockingQueue<Ack> heldAcks = new LinkedBlockingQueue<>();
    private final BlockingQueue<CompletableFuture<JsonNode>> questions = new LinkedBlockingQueue<>();

    /** The application of these tests, written against the layer the way a chat server would. */
    @BeforeEach
    void registerHandlers() {
        events.on("echo", (socket, data, ack) -> socket.emit("echo", data));
        events.on("double", (socket, data, ack) -> ack.reply(JsonNodeFactory.instance.numberNode(data.asInt() * 2)));
        events.on("hold", (socket, data, ack) -> heldAcks.add(ack));
        events.on("ask-me", (socket, data, ack) ->
                questions.add(socket.emitWithAck("question", data, Duration.ofMillis(data.path("timeoutMs").asLong()))));
        events.on("join", (socket, data, ack) -> {
            socket.join(data.asText());
            ack.reply(JSON.valueToTree(events.members(data.asText()).stream().sorted().collect(Collectors.toList())));
        });
        events.on("leave", (socket, data, ack) -> {
            socket.leave(data.asText());
            ack.reply(TextNode.valueOf("left"));
        });
        events.on("say", (socket, data, ack) -> {
            socket.broadcastTo(data.path("room").asText(), "said", JsonNodeFactory.instance.objectNode()
                    .put("from", socket.id()).put("text", data.path("text").asText()));
            ack.reply(TextNode.valueOf("sent"));
        });
    }

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    /** End to end: JDK WebSocket clients, the given Netty transport, your layer. */
    @Nested
    class Events_and_acknowledgements {

        private EventTransport transport;
        private int port;
        private final List<JdkWebSocket> clients = new ArrayList<>();

        @BeforeEach
        void startTransport() throws Exception {
            transport = new EventTransport(events);
            port = transport.start();
        }

        @AfterEach
        void stopTransport() throws Exception {
            clients.forEach(JdkWebSocket::close);
            if (transport != null) {
                transport.close();
            }
        }

        private JdkWebSocket connect(String name) throws Exception {
            JdkWebSocket client = JdkWebSocket.connect(HTTP, port, "/events?name=" + name);
            clients.add(client);
            return client;
        }

        @Test
        void a_named_event_reaches_its_handler_with_its_json() throws Exception {
            JdkWebSocket alice = connect("alice");
            String sent = "{\"event\":\"echo\",\"data\":{\"n\":1,\"list\":[1,\"two\",null],\"nested\":{\"ok\":true}}}";
            alice.send(sent);
            assertNext(alice, "{\"event\":\"echo\",\"data\":{\"n\":1,\"list\":[1,\"two\",null],\"nested\":{\"ok\":true}}}",
                    "the 'echo' handler emits the data it got back under the event name 'echo'; sent " + sent);
        }

        @Test
        void an_event_with_an_ack_number_is_acknowledged_with_that_number() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("{\"event\":\"double\",\"data\":21,\"ack\":7}");
            assertNext(alice, "{\"ack\":7,\"data\":42}", "the handler of 'double' replied 42 through its Ack");
        }

        @Test
        void acknowledgements_answered_out_of_order_keep_their_numbers() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("{\"event\":\"hold\",\"data\":\"first\",\"ack\":1}");
            alice.send("{\"event\":\"hold\",\"data\":\"second\",\"ack\":2}");
            Ack first = heldAcks.poll(5, TimeUnit.SECONDS);
            Ack second = heldAcks.poll(5, TimeUnit.SECONDS);
            assertThat(second).as("both 'hold' events reached their handler").isNotNull();
            second.reply(TextNode.valueOf("answer to 2"));
            first.reply(TextNode.valueOf("answer to 1"));
            assertNext(alice, "{\"ack\":2,\"data\":\"answer to 2\"}", "the second event was acknowledged first");
            assertNext(alice, "{\"ack\":1,\"data\":\"answer to 1\"}", "then the first");
        }

        @Test
        void the_server_receives_the_acknowledgement_it_asked_for() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("{\"event\":\"ask-me\",\"data\":{\"q\":\"6x7\",\"timeoutMs\":5000}}");
            JsonNode question = nextJson(alice);
            assertThat(question.path("event").asText()).as("emitWithAck sends the event 'question'; got %s", question)
                    .isEqualTo("question");
            assertThat(question.path("ack").canConvertToLong())
                    .as("an event sent with emitWithAck carries a numeric \"ack\"; got %s", question).isTrue();
            alice.send("{\"ack\":" + question.get("ack").asLong() + ",\"data\":42}");
            CompletableFuture<JsonNode> reply = questions.poll(5, TimeUnit.SECONDS);
            assertThat(reply).as("the 'ask-me' handler ran").isNotNull();
            assertThat(reply.get(5, TimeUnit.SECONDS)).as("the future of emitWithAck completes with the client's data")
                    .isEqualTo(JsonNodeFactory.instance.numberNode(42));
        }

        @Test
        void an_unanswered_acknowledgement_times_out() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("{\"event\":\"ask-me\",\"data\":{\"timeoutMs\":200}}");
            JsonNode question = nextJson(alice);
            assertThat(question.path("event").asText()).as("got %s", question).isEqualTo("question");
            CompletableFuture<JsonNode> reply = questions.poll(5, TimeUnit.SECONDS);
            assertThat(reply).as("the 'ask-me' handler ran").isNotNull();
            try {
                JsonNode value = reply.get(5, TimeUnit.SECONDS);
                fail("the client never answered, so after 200 ms the future must fail with AckTimeoutException; "
                        + "it completed with %s", value);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).as("the failure of an unanswered emitWithAck")
                        .isInstanceOf(AckTimeoutException.class);
            }
        }

        @Test
        void a_late_acknowledgement_is_ignored() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("{\"event\":\"ask-me\",\"data\":{\"timeoutMs\":100}}");
            JsonNode question = nextJson(alice);
            CompletableFuture<JsonNode> reply = questions.poll(5, TimeUnit.SECONDS);
            assertThat(reply).as("the 'ask-me' handler ran").isNotNull();
            try {
                reply.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException expected) {
                // timed out, as the previous check requires
            }
            alice.send("{\"ack\":" + question.path("ack").asLong() + ",\"data\":\"too late\"}");
            alice.send("{\"event\":\"echo\",\"data\":\"after\"}");
            assertNext(alice, "{\"event\":\"echo\",\"data\":\"after\"}",
                    "an acknowledgement after the timeout is dropped quietly: no error, the connection goes on");
            assertThat(reply).as("the timed-out future stays failed").isCompletedExceptionally();
        }

        @Test
        void an_event_nobody_handles_gets_an_error_event() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("{\"event\":\"nobody-listens\",\"data\":1}");
            JsonNode error = nextJson(alice);
            assertThat(error.path("event").asText()).as("answer to an unknown event: {\"event\":\"error\",...}; got %s",
                    error).isEqualTo("error");
            assertThat(error.path("data").path("message").asText())
                    .as("the error's data.message names the event; got %s", error).contains("nobody-listens");
        }

        @Test
        void text_that_is_not_json_gets_an_error_and_the_connection_stays() throws Exception {
            JdkWebSocket alice = connect("alice");
            alice.send("this is {not json");
            JsonNode error = nextJson(alice);
            assertThat(error.path("event").asText()).as("answer to 'this is {not json'; got %s", error)
                    .isEqualTo("error");
            alice.send("[1, 2, 3]");
            JsonNode second = nextJson(alice);
            assertThat(second.path("event").asText()).as("answer to a JSON array, which is neither an event nor an "
                    + "ack; got %s", second).isEqualTo("error");
            alice.send("{\"event\":\"echo\",\"data\":\"still here\"}");
            assertNext(alice, "{\"event\":\"echo\",\"data\":\"still here\"}", "bad input does not end the connection");
        }

        @Test
        void a_room_message_reaches_the_others_and_not_the_sender() throws Exception {
            JdkWebSocket alice = connect("alice");
            JdkWebSocket bob = connect("bob");
            alice.send("{\"event\":\"join\",\"data\":\"lobby\",\"ack\":1}");
            assertNext(alice, "{\"ack\":1,\"data\":[\"alice\"]}", "alice joined the empty lobby");
            bob.send("{\"event\":\"join\",\"data\":\"lobby\",\"ack\":1}");
            assertNext(bob, "{\"ack\":1,\"data\":[\"alice\",\"bob\"]}", "bob joined the lobby");
            assertNext(alice, "{\"event\":\"presence\",\"data\":{\"room\":\"lobby\",\"joined\":\"bob\"}}",
                    "alice is told that bob joined");
            bob.send("{\"event\":\"say\",\"data\":{\"room\":\"lobby\",\"text\":\"hi\"},\"ack\":2}");
            assertNext(bob, "{\"ack\":2,\"data\":\"sent\"}",
                    "the handler broadcasts to the room except the sender, then acknowledges: bob's next message is "
                            + "the acknowledgement, not his own words");
            assertNext(alice, "{\"event\":\"said\",\"data\":{\"from\":\"bob\",\"text\":\"hi\"}}", "alice hears bob");
        }

        private void assertNext(JdkWebSocket client, String expected, String why) throws Exception {
            JsonNode got = nextJson(client);
            assertThat(got).as("%s%n expected %s%n      got %s", why, expected, got).isEqualTo(JSON.readTree(expected));
        }

        private JsonNode nextJson(JdkWebSocket client) throws Exception {
            Object message = client.next(5);
            assertThat(message).as("a text message within 5 s").isInstanceOf(String.class);
            return JSON.readTree((String) message);
        }
    }

    /** Who receives what, with peers that record synchronously: exact, no waiting. */
    @Nested
    class Rooms_and_presence {

        private final RecordingPeer alice = new RecordingPeer("alice");
        private final RecordingPeer bob = new RecordingPeer("bob");
        private final RecordingPeer carol = new RecordingPeer("carol");

        @BeforeEach
        void connectAll() {
            for (RecordingPeer peer : List.of(alice, bob, carol)) {
                events.connected(peer);
            }
        }

        private void send(RecordingPeer peer, String event, String data) {
            events.received(peer, "{\"event\":\"" + event + "\",\"data\":" + data + "}");
        }

        @Test
        void a_room_emit_reaches_its_members_only() {
            send(alice, "join", "\"lobby\"");
            send(bob, "join", "\"lobby\"");
            alice.clear();
            bob.clear();
            events.emitToRoom("lobby", "news", TextNode.valueOf("hello lobby"));
            String news = "{\"event\":\"news\",\"data\":\"hello lobby\"}";
            assertThat(alice.received()).as("alice is in lobby").containsExactly(json(news));
            assertThat(bob.received()).as("bob is in lobby").containsExactly(json(news));
            assertThat(carol.received()).as("carol is not in lobby: emitToRoom(\"lobby\", ...) must not reach her")
                    .isEmpty();
        }

        @Test
        void a_broadcast_from_a_member_skips_the_sender() {
            send(alice, "join", "\"lobby\"");
            send(bob, "join", "\"lobby\"");
            send(carol, "join", "\"lobby\"");
            alice.clear();
            bob.clear();
            carol.clear();
            send(bob, "say", "{\"room\":\"lobby\",\"text\":\"hi\"}");
            String said = "{\"event\":\"said\",\"data\":{\"from\":\"bob\",\"text\":\"hi\"}}";
            assertThat(alice.received()).as("alice, in lobby").containsExactly(json(said));
            assertThat(carol.received()).as("carol, in lobby").containsExactly(json(said));
            assertThat(bob.received()).as("bob sent it: socket.broadcastTo skips the sender").isEmpty();
        }

        @Test
        void a_member_that_left_hears_nothing_more() {
            send(alice, "join", "\"lobby\"");
            send(bob, "join", "\"lobby\"");
            send(bob, "leave", "\"lobby\"");
            bob.clear();
            events.emitToRoom("lobby", "news", TextNode.valueOf("after bob left"));
            assertThat(bob.received()).as("bob left lobby before the emit").isEmpty();
            assertThat(events.members("lobby")).as("members(\"lobby\") after bob left").containsExactly("alice");
        }

        @Test
        void a_client_in_two_rooms_gets_the_messages_of_both() {
            send(alice, "join", "\"lobby\"");
            send(alice, "join", "\"games\"");
            alice.clear();
            events.emitToRoom("lobby", "news", TextNode.valueOf("one"));
            events.emitToRoom("games", "news", TextNode.valueOf("two"));
            events.emitToRoom("elsewhere", "news", TextNode.valueOf("three"));
            assertThat(alice.received()).as("alice is in lobby and games, not elsewhere").containsExactly(json(
                    "{\"event\":\"news\",\"data\":\"one\"}", "{\"event\":\"news\",\"data\":\"two\"}"));
        }

        @Test
        void members_lists_who_is_in_a_room() {
            assertThat(events.members("lobby")).as("members of a room nobody joined").isEmpty();
            send(alice, "join", "\"lobby\"");
            send(bob, "join", "\"lobby\"");
            send(carol, "join", "\"games\"");
            assertThat(events.members("lobby")).as("members(\"lobby\")").containsExactlyInAnyOrder("alice", "bob");
            assertThat(events.members("games")).as("members(\"games\")").containsExactly("carol");
        }

        @Test
        void the_others_are_told_who_joined_but_not_the_joiner() {
            send(alice, "join", "\"lobby\"");
            alice.clear();
            send(bob, "join", "\"lobby\"");
            assertThat(alice.received()).as("alice, already in lobby, when bob joins").containsExactly(json(
                    "{\"event\":\"presence\",\"data\":{\"room\":\"lobby\",\"joined\":\"bob\"}}"));
            assertThat(bob.received()).as("bob joined (his handler sent no ack: he asked for none)").isEmpty();
            assertThat(carol.received()).as("carol is not in lobby").isEmpty();
        }

        @Test
        void joining_twice_changes_nothing() {
            send(alice, "join", "\"lobby\"");
            send(bob, "join", "\"lobby\"");
            alice.clear();
            send(bob, "join", "\"lobby\"");
            assertThat(alice.received()).as("bob joined lobby a second time: no second notice").isEmpty();
            assertThat(events.members("lobby")).as("members(\"lobby\")").containsExactlyInAnyOrder("alice", "bob");
        }

        @Test
        void the_others_are_told_who_left() {
            send(alice, "join", "\"lobby\"");
            send(bob, "join", "\"lobby\"");
            alice.clear();
            send(bob, "leave", "\"lobby\"");
            assertThat(alice.received()).as("alice, when bob leaves lobby").containsExactly(json(
                    "{\"event\":\"presence\",\"data\":{\"room\":\"lobby\",\"left\":\"bob\"}}"));
        }

        @Test
        void a_disconnected_client_leaves_every_room() {
            send(alice, "join", "\"lobby\"");
            send(alice, "join", "\"games\"");
            send(bob, "join", "\"lobby\"");
            send(carol, "join", "\"games\"");
            bob.clear();
            carol.clear();
            events.disconnected(alice);
            assertThat(bob.received()).as("bob, in lobby, when alice disconnects").containsExactly(json(
                    "{\"event\":\"presence\",\"data\":{\"room\":\"lobby\",\"left\":\"alice\"}}"));
            assertThat(carol.received()).as("carol, in games, when alice disconnects").containsExactly(json(
                    "{\"event\":\"presence\",\"data\":{\"room\":\"games\",\"left\":\"alice\"}}"));
            assertThat(events.members("lobby")).as("members(\"lobby\") after alice disconnected").containsExactly("bob");
            alice.clear();
            events.emitToRoom("lobby", "news", TextNode.valueOf("gone?"));
            assertThat(alice.received()).as("nothing is sent to a disconnected peer").isEmpty();
        }

        @Test
        void a_socket_knows_its_rooms() {
            List<java.util.Set<String>> seen = new ArrayList<>();
            events.on("my-rooms", (socket, data, ack) -> seen.add(socket.rooms()));
            send(alice, "join", "\"lobby\"");
            send(alice, "join", "\"games\"");
            send(alice, "leave", "\"lobby\"");
            send(alice, "my-rooms", "null");
            assertThat(seen).as("socket.rooms() after joining lobby and games and leaving lobby")
                    .containsExactly(java.util.Set.of("games"));
        }
    }

    private static JsonNode[] json(String... texts) {
        JsonNode[] nodes = new JsonNode[texts.length];
        for (int i = 0; i < texts.length; i++) {
            nodes[i] = RecordingPeer.parse(texts[i]);
        }
        return nodes;
    }

    /** A peer that records what it is sent, as it is sent. */
    private static final class RecordingPeer implements Peer {

        private final String id;
        private final List<String> sent = Collections.synchronizedList(new ArrayList<>());

        RecordingPeer(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void send(String text) {
            sent.add(text);
        }

        /** What it was sent, as JSON trees: key order and spacing do not matter. */
        List<JsonNode> received() {
            return sent.stream().map(RecordingPeer::parse).collect(Collectors.toList());
        }

        void clear() {
            sent.clear();
        }

        private static JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (java.io.IOException e) {
                return TextNode.valueOf("not JSON: " + text);
            }
        }
    }
}
