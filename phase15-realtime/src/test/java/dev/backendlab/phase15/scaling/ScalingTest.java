package dev.backendlab.phase15.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several {@link RedisRoomAdapter} nodes against one real Redis, with peers that record what they
 * get. Deliveries are counted exactly: {@link Cluster#settle} proves every earlier message has
 * reached every node before a check counts, so a duplicate that would come late is counted too.
 */
@Exercise(order = 5, title = "Scaling", topics = {"Scaling"})
class ScalingTest {

    private static ClientResources resources;
    private static RedisClient redis;

    private final Cluster cluster = new Cluster();
    private String prefix;

    @BeforeAll
    static void connect() {
        RedisURI uri = RedisURI.create(TestRedis.get().uri());
        uri.setTimeout(Duration.ofSeconds(5));
        resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        redis = RedisClient.create(resources, uri);
        redis.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(5)))
                .build());
    }

    @AfterAll
    static void disconnect() {
        if (redis != null) {
            redis.shutdown(0, 2, TimeUnit.SECONDS);
        }
        if (resources != null) {
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void freshChannels() {
        prefix = TestRedis.get().newKeyPrefix("scaling");
    }

    @AfterEach
    void stopNodes() {
        cluster.close();
    }

    /** Starts {@code count} nodes named A, B, C... sharing this check's channel prefix. */
    private List<RedisRoomAdapter> nodes(int count) {
        List<RedisRoomAdapter> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.valueOf((char) ('A' + i));
            started.add(cluster.add(new RedisRoomAdapter(name, redis, prefix), name));
        }
        return started;
    }

    private static RecordingPeer joined(RedisRoomAdapter node, String room, String id) {
        RecordingPeer peer = new RecordingPeer(id);
        node.join(room, peer);
        return peer;
    }

    private static void assertGot(RecordingPeer peer, List<String> expected, String why) {
        assertThat(peer.received())
                .as("%s: what %s received, counted after every node had delivered everything", why, peer)
                .containsExactlyElementsOf(expected);
    }

    /** For messages of several senders: only each sender's own order is defined. */
    private static void assertGotOnceEach(RecordingPeer peer, List<String> expected, String why) {
        assertThat(peer.received())
                .as("%s: what %s received, counted after every node had delivered everything (messages of "
                        + "different senders may arrive in any order)", why, peer)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void members_on_the_sending_node_get_a_message_exactly_once() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        RecordingPeer alice = joined(nodes.get(0), "lobby", "alice");
        RecordingPeer bob = joined(nodes.get(0), "lobby", "bob");

        nodes.get(0).emitToRoom("lobby", "hello lobby");
        cluster.settle();

        assertGot(alice, List.of("hello lobby"), "node A emitted to 'lobby', where alice and bob are, both on node A;"
                + " a node that also delivers its own message when it comes back from Redis delivers it twice");
        assertGot(bob, List.of("hello lobby"), "the same message, for the other member on node A");
    }

    @Test
    void members_on_every_node_get_a_message_exactly_once() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(3);
        RecordingPeer alice = joined(nodes.get(0), "lobby", "alice");
        RecordingPeer bob = joined(nodes.get(1), "lobby", "bob");
        RecordingPeer carol = joined(nodes.get(2), "lobby", "carol");
        RecordingPeer dave = joined(nodes.get(2), "lobby", "dave");

        nodes.get(1).emitToRoom("lobby", "from B");
        cluster.settle();

        String why = "node B emitted 'from B' to 'lobby', whose members are alice on A, bob on B, carol and dave on C";
        assertGot(alice, List.of("from B"), why);
        assertGot(bob, List.of("from B"), why);
        assertGot(carol, List.of("from B"), why);
        assertGot(dave, List.of("from B"), why);
    }

    @Test
    void a_room_message_reaches_nobody_outside_the_room() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(3);
        RecordingPeer red = joined(nodes.get(1), "red", "ruby");
        RecordingPeer blue = joined(nodes.get(1), "blue", "bill");
        RecordingPeer blueOnC = joined(nodes.get(2), "blue", "bella");

        nodes.get(0).emitToRoom("red", "only for red");
        nodes.get(2).emitToRoom("red", "red again");
        cluster.settle();

        assertGotOnceEach(red, List.of("only for red", "red again"), "nodes A and C emitted to 'red', where ruby on B is");
        assertGot(blue, List.of(), "bill on B is only in 'blue'; nothing was sent to 'blue'");
        assertGot(blueOnC, List.of(), "bella on C is only in 'blue'; nothing was sent to 'blue'");
    }

    @Test
    void a_broadcast_from_a_sender_reaches_everyone_but_the_sender() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(3);
        RecordingPeer alice = joined(nodes.get(0), "lobby", "alice");
        RecordingPeer amy = joined(nodes.get(0), "lobby", "amy");
        RecordingPeer bob = joined(nodes.get(1), "lobby", "bob");
        RecordingPeer carol = joined(nodes.get(2), "lobby", "carol");

        nodes.get(0).broadcastFrom("alice", "lobby", "alice says hi");
        nodes.get(2).broadcastFrom("carol", "lobby", "carol says hi");
        cluster.settle();

        String why = "broadcastFrom(\"alice\") on A, then broadcastFrom(\"carol\") on C, both to 'lobby' "
                + "(alice and amy on A, bob on B, carol on C); a sender never gets its own broadcast";
        assertGot(alice, List.of("carol says hi"), why);
        assertGotOnceEach(amy, List.of("alice says hi", "carol says hi"), why);
        assertGotOnceEach(bob, List.of("alice says hi", "carol says hi"), why);
        assertGot(carol, List.of("alice says hi"), why);
    }

    @Test
    void a_peer_in_two_rooms_gets_each_rooms_messages_once() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        RecordingPeer both = new RecordingPeer("both");
        nodes.get(1).join("news", both);
        nodes.get(1).join("chat", both);
        nodes.get(1).join("chat", both);

        nodes.get(0).emitToRoom("news", "headline");
        nodes.get(0).emitToRoom("chat", "hi all");
        cluster.settle();

        assertGot(both, List.of("headline", "hi all"), "'both' on node B joined 'news' and 'chat' (joining 'chat' "
                + "twice is a no-op); node A emitted one message to each room");
    }

    @Test
    void a_peer_that_left_gets_no_more_of_the_rooms_messages() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        RecordingPeer stays = joined(nodes.get(1), "lobby", "stays");
        RecordingPeer leaves = joined(nodes.get(1), "lobby", "leaves");

        nodes.get(0).emitToRoom("lobby", "before");
        cluster.settle();
        nodes.get(1).leave("lobby", leaves);
        nodes.get(0).emitToRoom("lobby", "after");
        nodes.get(1).emitToRoom("lobby", "after, from B");
        cluster.settle();

        assertGotOnceEach(stays, List.of("before", "after", "after, from B"), "'stays' on node B never left 'lobby'");
        assertGot(leaves, List.of("before"), "'leaves' on node B left 'lobby' after the first message; "
                + "what A and B sent after that is not for it");
        assertThat(nodes.get(1).localMembers("lobby")).as("localMembers(\"lobby\") on node B after 'leaves' left")
                .containsExactly("stays");
    }

    @Test
    void local_members_are_the_peers_of_this_node_only() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        joined(nodes.get(0), "lobby", "alice");
        joined(nodes.get(0), "lobby", "amy");
        joined(nodes.get(1), "lobby", "bob");

        assertThat(nodes.get(0).localMembers("lobby")).as("localMembers(\"lobby\") on node A (alice and amy joined "
                + "on A, bob on B)").containsExactlyInAnyOrder("alice", "amy");
        assertThat(nodes.get(1).localMembers("lobby")).as("localMembers(\"lobby\") on node B")
                .containsExactly("bob");
        assertThat(nodes.get(1).localMembers("nobody-here")).as("localMembers of a room nobody joined").isEmpty();
    }

    @Test
    void each_senders_messages_arrive_everywhere_in_the_order_sent() throws Exception {
        int perSender = 200;
        List<RedisRoomAdapter> nodes = nodes(3);
        List<RecordingPeer> members = List.of(joined(nodes.get(0), "chat", "a-member"),
                joined(nodes.get(1), "chat", "b-member"), joined(nodes.get(2), "chat", "c-member"));
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> sent = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                RedisRoomAdapter node = nodes.get(n);
                String name = String.valueOf((char) ('A' + n));
                sent.add(senders.submit(() -> {
                    go.await();
                    for (int i = 0; i < perSender; i++) {
                        node.emitToRoom("chat", name + "-" + i);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> done : sent) {
                done.get(5, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }
        cluster.settle();

        for (RecordingPeer member : members) {
            List<String> got = member.received();
            assertThat(got).as("nodes A, B and C each emitted %d messages to 'chat' at the same time, from one "
                    + "thread each; %s must get all %d, each once", perSender, member, 3 * perSender)
                    .hasSize(3 * perSender);
            for (String sender : List.of("A", "B", "C")) {
                List<String> fromSender = got.stream().filter(text -> text.startsWith(sender + "-"))
                        .collect(Collectors.toList());
                List<String> expected = IntStream.range(0, perSender).mapToObj(i -> sender + "-" + i)
                        .collect(Collectors.toList());
                assertThat(fromSender).as("the messages of node %s as %s received them: the messages of one sender "
                        + "keep the order they were sent in, on every node", sender, member)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void any_text_and_room_name_arrive_unchanged_on_another_node() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        String room = "room:with \"quotes\", colons and ünïcödé";
        RecordingPeer member = joined(nodes.get(1), room, "member");
        List<String> texts = List.of("{\"event\":\"chat\",\"data\":\"looks like JSON\"}", "", "line one\nline two",
                "emoji \uD83D\uDE00 and \u00e9", "a \\ backslash and a \"quote\"", " padded ");

        for (String text : texts) {
            nodes.get(0).emitToRoom(room, text);
        }
        cluster.settle();

        assertGot(member, texts, "node A emitted these texts, one by one, to the room '" + room + "' where 'member' on "
                + "node B is: each arrives once, byte for byte, whatever characters it holds");
    }

    @Test
    void a_node_started_later_gets_everything_sent_after_its_start() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        RecordingPeer early = joined(nodes.get(1), "lobby", "early");
        nodes.get(0).emitToRoom("lobby", "before C started");
        cluster.settle();

        RedisRoomAdapter late = cluster.add(new RedisRoomAdapter("C", redis, prefix), "C");
        RecordingPeer newcomer = joined(late, "lobby", "newcomer");
        nodes.get(0).emitToRoom("lobby", "after C started");
        cluster.settle();

        assertGot(newcomer, List.of("after C started"), "node C's start() returned before node A emitted "
                + "'after C started': start() returns only once the subscription is active");
        assertGot(early, List.of("before C started", "after C started"), "'early' on node B was there all along");
    }

    @Test
    void a_stopped_node_does_not_break_the_others() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(3);
        RecordingPeer alice = joined(nodes.get(0), "lobby", "alice");
        RecordingPeer bob = joined(nodes.get(1), "lobby", "bob");
        RecordingPeer carol = joined(nodes.get(2), "lobby", "carol");
        nodes.get(2).emitToRoom("lobby", "C is here");
        cluster.settle();

        cluster.stop(2);
        nodes.get(0).emitToRoom("lobby", "from A after C stopped");
        nodes.get(1).emitToRoom("lobby", "from B after C stopped");
        cluster.settle();

        List<String> expected = List.of("C is here", "from A after C stopped", "from B after C stopped");
        assertGotOnceEach(alice, expected, "node C was closed; A and B go on sharing 'lobby'");
        assertGotOnceEach(bob, expected, "node C was closed; A and B go on sharing 'lobby'");
        assertGot(carol, List.of("C is here"), "carol was on node C, which was closed: a closed node delivers nothing");
    }

    @Test
    void a_stopped_node_refuses_to_broadcast() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        RecordingPeer bob = joined(nodes.get(1), "lobby", "bob");
        cluster.stop(0);
        cluster.stop(0);

        assertThatExceptionOfType(IllegalStateException.class)
                .as("emitToRoom on node A after close() (called twice: the second is a no-op)")
                .isThrownBy(() -> nodes.get(0).emitToRoom("lobby", "from a closed node"));
        assertThatExceptionOfType(IllegalStateException.class)
                .as("broadcastFrom on node A after close()")
                .isThrownBy(() -> nodes.get(0).broadcastFrom("alice", "lobby", "from a closed node"));
        RedisRoomAdapter c = cluster.add(new RedisRoomAdapter("C", redis, prefix), "C");
        c.emitToRoom("lobby", "from C");
        cluster.settle();
        assertGot(bob, List.of("from C"), "node A refused both sends; node C's message reached bob on B");
    }

    @Test
    void nodes_with_another_channel_prefix_are_another_cluster() throws Exception {
        List<RedisRoomAdapter> nodes = nodes(2);
        RecordingPeer ours = joined(nodes.get(1), "lobby", "ours");
        try (Cluster other = new Cluster()) {
            String otherPrefix = TestRedis.get().newKeyPrefix("scaling-other");
            RedisRoomAdapter x = other.add(new RedisRoomAdapter("X", redis, otherPrefix), "X");
            RedisRoomAdapter y = other.add(new RedisRoomAdapter("Y", redis, otherPrefix), "Y");
            RecordingPeer theirs = joined(y, "lobby", "theirs");

            nodes.get(0).emitToRoom("lobby", "ours only");
            x.emitToRoom("lobby", "theirs only");
            cluster.settle();
            other.settle();

            assertGot(ours, List.of("ours only"), "nodes A and B share one channel prefix, X and Y another; each "
                    + "pair sent to its own 'lobby'. Every channel name starts with the prefix given to the node");
            assertGot(theirs, List.of("theirs only"), "the same for the member of the other pair's 'lobby'");
        }
    }
}
