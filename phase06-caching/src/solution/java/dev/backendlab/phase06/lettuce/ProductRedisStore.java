package dev.backendlab.phase06.lettuce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.KeyValue;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Products in Redis, one string key per product holding its JSON.
 *
 * <p>The key of product {@code id} is {@code keyPrefix + "product:" + id}; the value is
 * {@code mapper.writeValueAsString(product)}. The store owns its connection: {@link #putAll}
 * switches the connection's auto-flush off for a moment, which would disturb anyone sharing it.
 *
 * <p>Redis commands: SET, GET, MGET.
 */
public final class ProductRedisStore {

    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(5);

    private final StatefulRedisConnection<String, String> connection;
    private final ObjectMapper mapper;
    private final String keyPrefix;

    public ProductRedisStore(StatefulRedisConnection<String, String> connection, ObjectMapper mapper, String keyPrefix) {
        this.connection = connection;
        this.mapper = mapper;
        this.keyPrefix = keyPrefix;
    }

    /** Stores the product's JSON at its key with the sync API (one SET), replacing what was there. */
    public void put(Product product) {
        connection.sync().set(keyOf(product.id()), toJson(product));
    }

    /**
     * Reads one product with the sync API (one GET).
     *
     * @return the product, or empty when the key does not exist
     * @throws IllegalArgumentException when {@code id} is blank (no command is sent)
     * @throws CorruptValueException    when the key holds something that is not a product's JSON;
     *                                  the key is left as it is
     */
    public Optional<Product> get(String id) {
        String key = keyOf(id);
        return Optional.ofNullable(connection.sync().get(key)).map(json -> fromJson(key, json));
    }

    /**
     * Reads one product with the async API: returns at once, before Redis answered, and never blocks
     * a thread waiting for the reply.
     *
     * @return a future completing with the product or empty, or exceptionally with
     *         {@link CorruptValueException} for a value that is not a product's JSON
     */
    public CompletableFuture<Optional<Product>> getAsync(String id) {
        String key = keyOf(id);
        return connection.async().get(key).toCompletableFuture()
                .thenApply(json -> Optional.ofNullable(json).map(j -> fromJson(key, j)));
    }

    /**
     * Stores every product with one SET each, all sent in one round trip: every command is written
     * before the first reply is awaited. Returns when Redis acknowledged them all.
     */
    public void putAll(List<Product> products) {
        RedisAsyncCommands<String, String> async = connection.async();
        List<RedisFuture<String>> replies = new ArrayList<>(products.size());
        // Auto-flush off: commands queue in the client and go out in one write, so the whole
        // batch costs one round trip instead of one per product.
        connection.setAutoFlushCommands(false);
        try {
            for (Product product : products) {
                replies.add(async.set(keyOf(product.id()), toJson(product)));
            }
            connection.flushCommands();
        } finally {
            connection.setAutoFlushCommands(true);
        }
        if (!LettuceFutures.awaitAll(BATCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS, replies.toArray(new RedisFuture<?>[0]))) {
            throw new IllegalStateException("Redis did not acknowledge the batch within " + BATCH_TIMEOUT);
        }
    }

    /**
     * Reads many products with a single MGET.
     *
     * @return the products found, keyed by id, in the order of {@code ids}; ids without a key are absent
     * @throws CorruptValueException when one of the keys holds something that is not a product's JSON
     */
    public Map<String, Product> getAll(List<String> ids) {
        String[] keys = ids.stream().map(this::keyOf).toArray(String[]::new);
        Map<String, Product> found = new LinkedHashMap<>();
        List<KeyValue<String, String>> values = connection.sync().mget(keys);
        for (int i = 0; i < values.size(); i++) {
            KeyValue<String, String> value = values.get(i);
            if (value.hasValue()) {
                found.put(ids.get(i), fromJson(keys[i], value.getValue()));
            }
        }
        return found;
    }

    private String keyOf(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a product id must not be blank");
        }
        return keyPrefix + "product:" + id;
    }

    private String toJson(Product product) {
        try {
            return mapper.writeValueAsString(product);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Product fromJson(String key, String json) {
        try {
            return mapper.readValue(json, Product.class);
        } catch (JsonProcessingException e) {
            throw new CorruptValueException(key, e);
        }
    }
}
