package dev.backendlab.phase06.lettuce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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

    public ProductRedisStore(StatefulRedisConnection<String, String> connection, ObjectMapper mapper, String keyPrefix) {
        // TODO keep connection, mapper and keyPrefix in final fields
    }

    /** Stores the product's JSON at its key with the sync API (one SET), replacing what was there. */
    public void put(Product product) {
        // TODO SET keyPrefix + "product:" + id to the product's JSON, through connection.sync()
        throw new NotImplementedYetException("store the product as JSON with SET", "Exercise 1: Redis through lettuce");
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
        // TODO GET the key, map null to empty, read the JSON with the mapper
        throw new NotImplementedYetException("read one product with GET", "Exercise 1: Redis through lettuce");
    }

    /**
     * Reads one product with the async API: returns at once, before Redis answered, and never blocks
     * a thread waiting for the reply.
     *
     * @return a future completing with the product or empty, or exceptionally with
     *         {@link CorruptValueException} for a value that is not a product's JSON
     */
    public CompletableFuture<Optional<Product>> getAsync(String id) {
        // TODO connection.async().get(...) gives a RedisFuture, a CompletionStage: map it, don't join it
        throw new NotImplementedYetException("read one product with the async API", "Exercise 1: Redis through lettuce");
    }

    /**
     * Stores every product with one SET each, all sent in one round trip: every command is written
     * before the first reply is awaited. Returns when Redis acknowledged them all.
     */
    public void putAll(List<Product> products) {
        // TODO setAutoFlushCommands(false), queue the SETs on connection.async(), flushCommands(),
        //  wait for every future (bounded), and switch auto-flush back on in a finally block
        throw new NotImplementedYetException("pipeline one SET per product", "Exercise 1: Redis through lettuce");
    }

    /**
     * Reads many products with a single MGET.
     *
     * @return the products found, keyed by id, in the order of {@code ids}; ids without a key are absent
     * @throws CorruptValueException when one of the keys holds something that is not a product's JSON
     */
    public Map<String, Product> getAll(List<String> ids) {
        // TODO one MGET for all keys; KeyValue.hasValue() tells found from missing
        throw new NotImplementedYetException("read many products with one MGET", "Exercise 1: Redis through lettuce");
    }
}
