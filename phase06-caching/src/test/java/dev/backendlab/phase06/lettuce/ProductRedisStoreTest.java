package dev.backendlab.phase06.lettuce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.redis.TestRedis;
import dev.backendlab.phase06.support.RoundTripProxy;
import dev.backendlab.phase06.support.ServerStats;
import dev.backendlab.phase06.support.TestClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 1, title = "Redis through lettuce", topics = {"Redis"})
class ProductRedisStoreTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Product LAMP = new Product("p1", "Desk lamp", 2_499, List.of("home", "light"));
    private static final Product MUG = new Product("p2", "Mug", 899, List.of());

    private static RedisClient client;
    private static StatefulRedisConnection<String, String> storeConnection;
    private static RedisCommands<String, String> redis;

    private String prefix;
    private ProductRedisStore store;

    @BeforeAll
    static void connect() {
        client = TestClients.client();
        storeConnection = client.connect();
        redis = client.connect().sync();
    }

    @AfterAll
    static void disconnect() {
        TestClients.shutdown(client);
    }

    @BeforeEach
    void newStore() {
        prefix = TestRedis.get().newKeyPrefix("products");
        store = new ProductRedisStore(storeConnection, MAPPER, prefix);
    }

    @AfterEach
    void autoFlushBackOn() {
        storeConnection.setAutoFlushCommands(true);
    }

    @Test
    void put_stores_the_product_as_json_at_prefix_product_id() throws Exception {
        store.put(LAMP);

        String stored = redis.get(prefix + "product:p1");
        assertThat(stored).as("GET %sproduct:p1 after put(p1): the spec stores the product's JSON there", prefix).isNotNull();
        assertThat(MAPPER.readTree(stored)).as("the JSON stored for p1")
                .isEqualTo(MAPPER.readTree("{\"id\":\"p1\",\"name\":\"Desk lamp\",\"priceCents\":2499,\"tags\":[\"home\",\"light\"]}"));
    }

    @Test
    void get_reads_back_what_put_stored() {
        store.put(LAMP);
        store.put(MUG);

        assertThat(store.get("p1")).as("get(\"p1\") after put").contains(LAMP);
        assertThat(store.get("p2")).as("get(\"p2\") after put").contains(MUG);
    }

    @Test
    void put_replaces_the_previous_value() {
        store.put(LAMP);
        Product cheaper = new Product("p1", "Desk lamp", 1_999, List.of("sale"));
        store.put(cheaper);

        assertThat(store.get("p1")).as("get after putting p1 twice: the second put wins").contains(cheaper);
    }

    @Test
    void get_of_a_missing_id_is_empty() {
        assertThat(store.get("nope")).as("get of an id never stored: GET returns nil, which the store maps to empty").isEmpty();
    }

    @Test
    void get_of_a_blank_id_is_rejected_before_any_command() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .as("get(\" \"): a blank id is a caller's mistake, refused with IllegalArgumentException before any command")
                .isThrownBy(() -> store.get(" "));
    }

    @Test
    void get_of_a_value_that_is_not_json_throws_CorruptValueException_and_leaves_it() {
        String key = prefix + "product:bad";
        redis.set(key, "{not json");

        assertThatExceptionOfType(CorruptValueException.class)
                .as("get of a key holding \"{not json\" must throw CorruptValueException naming the key")
                .isThrownBy(() -> store.get("bad"))
                .satisfies(e -> assertThat(e.key()).as("the key CorruptValueException names").isEqualTo(key));
        assertThat(redis.get(key)).as("the corrupt value is left for a human to inspect, not deleted").isEqualTo("{not json");
    }

    @Test
    void getAsync_returns_before_redis_has_answered() throws Exception {
        store.put(LAMP);
        try (RoundTripProxy proxy = new RoundTripProxy(TestRedis.get().host(), TestRedis.get().port())) {
            RedisClient viaProxy = TestClients.client(proxy.uri());
            try (StatefulRedisConnection<String, String> connection = viaProxy.connect()) {
                ProductRedisStore proxied = new ProductRedisStore(connection, MAPPER, prefix);
                assertThat(connection.sync().ping()).as("PING through the proxy").isEqualTo("PONG");
                proxy.holdRepliesUntil(Integer.MAX_VALUE); // the proxy keeps Redis's reply back

                CompletableFuture<CompletableFuture<Optional<Product>>> call =
                        CompletableFuture.supplyAsync(() -> getAsync(proxied, "p1"));
                CompletableFuture<Optional<Product>> future;
                try {
                    future = call.get(5, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AssertionError failure) {
                        throw failure; // getAsync threw instead of returning a future
                    }
                    throw e;
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("getAsync did not return while Redis's reply was held back: it waits for the "
                            + "reply (sync API, or join()/get() inside) instead of returning a future at once");
                }
                assertThat(future.isDone()).as("the future getAsync returned while Redis's reply was held back: "
                        + "it cannot be complete yet").isFalse();

                proxy.releaseReplies();
                assertThat(future.get(5, TimeUnit.SECONDS)).as("the future's value once the reply arrives").contains(LAMP);
            } finally {
                TestClients.shutdown(viaProxy);
            }
        }
    }

    @Test
    void getAsync_of_a_missing_id_completes_empty() throws Exception {
        assertThat(getAsync(store, "nope").get(5, TimeUnit.SECONDS)).as("getAsync of an id never stored").isEmpty();
    }

    @Test
    void getAsync_of_a_corrupt_value_completes_exceptionally_with_CorruptValueException() {
        redis.set(prefix + "product:bad", "[1,2");

        CompletableFuture<Optional<Product>> future = getAsync(store, "bad");

        assertThatExceptionOfType(ExecutionException.class)
                .as("getAsync of a key holding \"[1,2\": the future fails with CorruptValueException as its cause")
                .isThrownBy(() -> future.get(5, TimeUnit.SECONDS))
                .withCauseInstanceOf(CorruptValueException.class);
    }

    @Test
    void putAll_sends_the_whole_batch_before_awaiting_any_reply() throws Exception {
        List<Product> batch = products(100);
        try (RoundTripProxy proxy = new RoundTripProxy(TestRedis.get().host(), TestRedis.get().port())) {
            RedisClient viaProxy = TestClients.client(proxy.uri());
            try (StatefulRedisConnection<String, String> connection = viaProxy.connect()) {
                ProductRedisStore proxied = new ProductRedisStore(connection, MAPPER, prefix);
                // The PING's reply comes after every handshake command lettuce sent on connecting.
                assertThat(connection.sync().ping()).as("PING through the proxy").isEqualTo("PONG");
                proxy.holdRepliesUntil(100);

                CompletableFuture<Void> putAll = CompletableFuture.runAsync(() -> proxied.putAll(batch));
                int sentBeforeFirstReply = proxy.awaitHeldCommands(Duration.ofSeconds(5));
                putAll.get(8, TimeUnit.SECONDS);

                assertThat(sentBeforeFirstReply)
                        .as("commands putAll(100 products) sent before it needed a reply (a proxy held Redis's replies "
                                + "back): pipelining sends all 100 in one round trip; 1 means it waited after each SET; "
                                + "commands seen: " + summary(proxy.commandNames()))
                        .isEqualTo(100);
            } finally {
                TestClients.shutdown(viaProxy);
            }
        }
    }

    @Test
    void putAll_runs_one_SET_per_product_and_stores_them_all() {
        List<Product> batch = products(100);
        ServerStats before = ServerStats.snapshot(redis);

        store.putAll(batch);

        ServerStats after = ServerStats.snapshot(redis);
        assertThat(before.callsUntil(after, "set")).as("SET commands Redis ran for putAll(100 products) (INFO commandstats)")
                .isEqualTo(100);
        assertThat(store.get("p-0")).as("first product of the batch").contains(batch.get(0));
        assertThat(store.get("p-99")).as("last product of the batch").contains(batch.get(99));
        assertThat(redis.exists(batch.stream().map(p -> prefix + "product:" + p.id()).toArray(String[]::new)))
                .as("keys of the batch that exist afterwards").isEqualTo(100);
    }

    @Test
    void getAll_reads_every_id_with_one_MGET_in_the_order_asked() {
        store.put(LAMP);
        store.put(MUG);
        ServerStats before = ServerStats.snapshot(redis);

        Map<String, Product> found = store.getAll(List.of("p2", "missing", "p1"));

        ServerStats after = ServerStats.snapshot(redis);
        assertThat(found).as("getAll([p2, missing, p1]): found products in the order asked, the missing id absent")
                .containsExactly(Map.entry("p2", MUG), Map.entry("p1", LAMP));
        assertThat(before.callsUntil(after, "mget")).as("MGET commands Redis ran for one getAll").isEqualTo(1);
        assertThat(before.callsUntil(after, "get")).as("GET commands Redis ran for getAll (one MGET replaces them)").isZero();
    }

    @Test
    void getAll_with_a_corrupt_value_throws_CorruptValueException() {
        store.put(LAMP);
        redis.set(prefix + "product:bad", "nope");

        assertThatExceptionOfType(CorruptValueException.class)
                .as("getAll over a key holding \"nope\" must throw CorruptValueException naming the key")
                .isThrownBy(() -> store.getAll(List.of("p1", "bad")))
                .satisfies(e -> assertThat(e.key()).as("the key CorruptValueException names").isEqualTo(prefix + "product:bad"));
    }

    /** Calls getAsync; an exception thrown by the call itself, instead of through the future, is a failed check. */
    private static CompletableFuture<Optional<Product>> getAsync(ProductRedisStore store, String id) {
        try {
            return store.getAsync(id);
        } catch (RuntimeException e) {
            // The cause keeps a stub's NotImplementedYetException visible: the check stays "not started".
            throw new AssertionError("getAsync(\"" + id + "\") threw " + e.getClass().getSimpleName()
                    + " instead of completing the future exceptionally: an async method returns at once and reports "
                    + "every failure through its future (README, Exercise 1, step 3)", e);
        }
    }

    private static String summary(List<String> names) {
        return names.stream().collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.LinkedHashMap::new,
                java.util.stream.Collectors.counting())).toString();
    }

    private static List<Product> products(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Product("p-" + i, "Product " + i, 100L + i, List.of("batch")))
                .toList();
    }
}
