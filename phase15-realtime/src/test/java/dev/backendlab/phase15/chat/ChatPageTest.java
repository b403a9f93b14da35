package dev.backendlab.phase15.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.grader.fixtures.http.TestHttpClient;
import dev.backendlab.phase15.peers.InMemoryConnection;
import dev.backendlab.phase15.peers.JdkWebSocket;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The chat server as a browser meets it: the page over HTTP, then its WebSocket with the JDK client;
 * then its two handlers in memory, for what a socket would only hide.
 */
@Exercise(order = 6, title = "A demo page", topics = {"ws", "Broadcasting"})
class ChatPageTest {

    // The tabs' WebSockets: one client per check, so no pooled connection outlives the server it was opened to.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PAGE_PATH = Pattern.compile("const CHAT_PATH = \"([^\"]+)\"");

    private final ChatServer server = new ChatServer();
    private final List<JdkWebSocket> tabs = new ArrayList<>();
    private int port;

    @AfterEach
    void stop() throws Exception {
        tabs.forEach(JdkWebSocket::close);
        try {
            server.close();
        } catch (NotImplementedYetException stillAStub) {
            // the check has already ended as "not started"
        }
    }

    private void start() throws InterruptedException {
        port = server.start(0);
    }

    /** A client of its own per request, so no pooled connection outlives the server it was opened to. */
    private HttpReply request(String method, String path) {
        return TestHttpClient.toPort(port).call(method, path, null);
    }

    private JdkWebSocket tab(String path) throws Exception {
        JdkWebSocket tab = JdkWebSocket.connect(http, port, path);
        tabs.add(tab);
        return tab;
    }

    private static byte[] page() throws IOException {
        try (InputStream in = ChatServer.class.getResourceAsStream("chat.html")) {
            assertThat(in).as("the given page src/main/resources/dev/backendlab/phase15/chat/chat.html").isNotNull();
            return in.readAllBytes();
        }
    }

    private static void assertNext(JdkWebSocket tab, String expected, String why) throws InterruptedException {
        Object got = tab.next(5);
        assertThat(got).as("%s: the next message this tab received within 5 s (null: none)", why).isEqualTo(expected);
    }

    @Test
    void get_slash_answers_the_chat_page() throws Exception {
        start();
        HttpReply response = request("GET", "/");

        assertThat(response.status()).as("status of GET / (curl -i http://127.0.0.1:%d/)", port).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("(none)").toLowerCase())
                .as("Content-Type of GET /: a browser renders the page only as HTML").startsWith("text/html")
                .contains("charset=utf-8");
        assertThat(response.body())
                .as("the body of GET / is the resource chat.html, unchanged")
                .isEqualTo(new String(page(), StandardCharsets.UTF_8));
    }

    @Test
    void the_pages_websocket_endpoint_answers_the_jdk_client() throws Exception {
        start();
        String html = request("GET", "/").body();
        Matcher declared = PAGE_PATH.matcher(html);
        assertThat(declared.find()).as("the page served at / declares const CHAT_PATH = \"...\"; it began: %s",
                html.substring(0, Math.min(200, html.length()))).isTrue();

        JdkWebSocket tab = tab(declared.group(1));
        String message = "{\"name\":\"alice\",\"text\":\"hello from the JDK\"}";
        tab.send(message);
        assertNext(tab, message, "the page connects to " + declared.group(1) + " and shows what comes back; a tab "
                + "that sends gets its own message back, as every tab does");
    }

    @Test
    void a_message_from_one_tab_reaches_every_tab_once() throws Exception {
        start();
        // The server adds a tab to the group just after its handshake answer is out: a tab knows it
        // is in once its own message comes back, so each says hello first.
        JdkWebSocket alice = tab(ChatServer.CHAT_PATH);
        String aliceHello = "{\"name\":\"alice\",\"text\":\"joined\"}";
        alice.send(aliceHello);
        assertNext(alice, aliceHello, "alice's hello, relayed to every tab, hers included");
        JdkWebSocket bob = tab(ChatServer.CHAT_PATH);
        String bobHello = "{\"name\":\"bob\",\"text\":\"joined\"}";
        bob.send(bobHello);
        assertNext(bob, bobHello, "bob's hello, relayed to every tab, his included");
        assertNext(alice, bobHello, "bob's hello, for alice's tab, open before bob's");
        String first = "{\"name\":\"alice\",\"text\":\"hi bob\"}";
        String second = "{\"name\":\"bob\",\"text\":\"hi alice, ünïcödé too\"}";

        alice.send(first);
        assertNext(alice, first, "alice sent it");
        assertNext(bob, first, "alice sent it; bob's tab is open too");
        bob.send(second);
        assertNext(alice, second, "then bob sent his; a second copy of alice's message would have come before it");
        assertNext(bob, second, "then bob sent his");
    }

    @Test
    void a_closed_tab_leaves_and_the_others_go_on() throws Exception {
        start();
        JdkWebSocket alice = tab(ChatServer.CHAT_PATH);
        JdkWebSocket carol = tab(ChatServer.CHAT_PATH);
        carol.socket().sendClose(1001, "tab closed").get(5, TimeUnit.SECONDS);
        JdkWebSocket.Closed closed = carol.closed().get(5, TimeUnit.SECONDS);
        assertThat(closed.code()).as("the server answers a tab's close (1001) with the same code").isEqualTo(1001);

        String message = "{\"name\":\"alice\",\"text\":\"anyone?\"}";
        alice.send(message);
        assertNext(alice, message, "carol's tab closed; alice's goes on");
        assertThat(carol.next(0)).as("carol's closed tab gets nothing").isNull();
    }

    @Test
    void another_path_is_404() throws Exception {
        start();
        HttpReply response = request("GET", "/missing.html");
        assertThat(response.status()).as("status of GET /missing.html: only / is a page").isEqualTo(404);
    }

    @Test
    void another_method_on_slash_is_405() throws Exception {
        start();
        HttpReply response = request("POST", "/");
        assertThat(response.status()).as("status of POST /: the page is read with GET").isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).as("the Allow header of a 405").contains("GET");
    }

    /** The two handlers on their own, in memory: what each does is graded without a socket or a browser. */
    @Nested
    class Handlers_in_memory {

        @Test
        void the_page_is_answered_with_its_exact_content_length() throws IOException {
            EmbeddedChannel channel = InMemoryConnection.open(new ChatPageHandler());
            channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/"));
            channel.checkException();
            Object answer = channel.readOutbound();
            assertThat(answer).as("ChatPageHandler's answer to GET /: one FullHttpResponse (got %s)", answer)
                    .isInstanceOf(FullHttpResponse.class);
            FullHttpResponse response = (FullHttpResponse) answer;
            try {
                byte[] page = page();
                assertThat(response.status().code()).as("status of GET /").isEqualTo(200);
                assertThat(response.headers().get(HttpHeaderNames.CONTENT_LENGTH))
                        .as("README, exercise 6: the page goes out with its Content-Length, the size of chat.html "
                                + "in bytes, so the browser knows where it ends on a kept-alive connection")
                        .isEqualTo(Integer.toString(page.length));
                byte[] body = new byte[response.content().readableBytes()];
                response.content().getBytes(response.content().readerIndex(), body);
                assertThat(body).as("the body of GET /: the bytes of chat.html").containsExactly(page);
            } finally {
                response.release();
            }
        }

        @Test
        void a_tab_hears_the_room_only_once_its_handshake_completed() {
            ChannelGroup room = new DefaultChannelGroup(ImmediateEventExecutor.INSTANCE);
            EmbeddedChannel alice = InMemoryConnection.afterHandshake(new ChatRoomHandler(room));
            EmbeddedChannel bob = InMemoryConnection.open(new ChatRoomHandler(room));

            alice.writeInbound(new TextWebSocketFrame("one"));
            alice.checkException();
            assertThat(texts(alice)).as("alice's tab after she sent \"one\": every tab in the room gets it, hers "
                    + "included").containsExactly("one");
            assertThat(texts(bob)).as("bob's connection is still in its HTTP handshake (no HandshakeComplete yet): "
                    + "a WebSocket frame written to it would be garbage, so it is not in the room").isEmpty();

            InMemoryConnection.completeHandshake(bob);
            bob.writeInbound(new TextWebSocketFrame("two"));
            bob.checkException();
            assertThat(texts(alice)).as("alice's tab after bob, now in the room, sent \"two\"").containsExactly("two");
            assertThat(texts(bob)).as("bob's tab after he sent \"two\"").containsExactly("two");
        }

        private List<String> texts(EmbeddedChannel tab) {
            List<Object> written = InMemoryConnection.drainOutbound(tab);
            try {
                return written.stream()
                        .map(o -> o instanceof TextWebSocketFrame text ? text.text() : o.getClass().getSimpleName())
                        .toList();
            } finally {
                InMemoryConnection.release(written);
            }
        }
    }
}
