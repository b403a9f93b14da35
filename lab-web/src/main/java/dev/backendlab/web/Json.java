package dev.backendlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson {@link ObjectMapper} the web layer uses, what {@code express.json()} and
 * {@code JSON.stringify} are in Node.
 *
 * <p>Configured once: unknown properties are an error (a typo in a client's field name should not
 * be silently dropped), and trailing tokens after the JSON value are an error too
 * ({@code {"a":1} x} is not JSON). An ObjectMapper is thread-safe once configured.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises a value (a record, a map, a JsonNode) to UTF-8 JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + " to JSON", e);
        }
    }

    /**
     * Parses JSON bytes into a tree. A malformed document throws Jackson's
     * {@link com.fasterxml.jackson.core.JsonParseException}, whose {@code getLocation()} has the line
     * and column.
     */
    public static JsonNode readTree(byte[] json) throws JsonProcessingException {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null ? MAPPER.missingNode() : node;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON bytes into a type (a record, a class with a default constructor). */
    public static <T> T read(byte[] json, Class<T> type) throws JsonProcessingException {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
