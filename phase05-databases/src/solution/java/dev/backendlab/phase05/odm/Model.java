package dev.backendlab.phase05.odm;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * One collection seen through a {@link Schema}, as a Mongoose model: documents are cast and
 * validated before every write, and what comes back carries its virtual fields.
 *
 * <p>Bookkeeping fields: {@code _id}; {@code __v}, the version key, 0 on insert and one more on every
 * later save (Mongoose's {@code optimisticConcurrency: true}); {@code createdAt} and
 * {@code updatedAt} (with {@code timestamps}) as {@code java.util.Date}s from the clock. A document without
 * {@code __v} is new.
 */
public final class Model {

    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,10}");
    private static final List<String> BOOKKEEPING = List.of("__v", "createdAt", "updatedAt");

    private final MongoDatabase database;
    private final MongoCollection<Document> collection;
    private final Schema schema;
    private final Clock clock;
    private final List<Consumer<Document>> preSave = new ArrayList<>();
    private final List<Consumer<Document>> postSave = new ArrayList<>();
    private final Map<String, Function<Document, Object>> virtuals = new LinkedHashMap<>();

    public Model(MongoDatabase database, Schema schema, Clock clock) {
        this.database = database;
        this.collection = database.getCollection(schema.collection());
        this.schema = schema;
        this.clock = clock;
    }

    /** Runs {@code hook} on the validated document before each save writes it; what it changes is stored. */
    public void preSave(Consumer<Document> hook) {
        preSave.add(hook);
    }

    /** Runs {@code hook} on the stored document after each successful save. */
    public void postSave(Consumer<Document> hook) {
        postSave.add(hook);
    }

    /** A field computed on read ({@link #findById}) from the stored ones, never stored itself. */
    public void virtual(String name, Function<Document, Object> getter) {
        virtuals.put(name, getter);
    }

    /**
     * Casts and validates {@code input} against the schema, without writing anything.
     *
     * <p>Returns a new document: {@code _id} and the bookkeeping fields as they were, then each schema
     * field, cast to its {@link FieldType}, a missing one taking its default; fields the schema does
     * not name are dropped (Mongoose's strict mode). Checks, per field, in this order, the first
     * failure being that path's error: required ({@code Path `title` is required.}), cast
     * ({@code Cast to Number failed for value "abc" at path `pages`}; String and Boolean alike),
     * allowed values ({@code `draft2` is not a valid enum value for path `status`.}), min
     * ({@code Path `pages` (0) is less than minimum allowed value (1).}), max
     * ({@code Path `pages` (5000) is more than maximum allowed value (4000).}), the custom validator
     * (its message). A null value that is not required passes.
     *
     * @throws ValidationException naming every failing path, not only the first
     */
    public Document validate(Document input) {
        Document out = new Document();
        if (input.containsKey("_id")) {
            out.put("_id", input.get("_id"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field field : schema.fields()) {
            Object raw = input.containsKey(field.name()) ? input.get(field.name()) : field.defaultValue();
            if (raw == null) {
                if (field.isRequired()) {
                    errors.put(field.name(), "Path `" + field.name() + "` is required.");
                }
                out.put(field.name(), null);
                continue;
            }
            Object value = cast(field, raw);
            if (value == null) {
                errors.put(field.name(), "Cast to " + typeName(field.type()) + " failed for value \"" + raw + "\" at path `"
                        + field.name() + "`");
                continue;
            }
            String problem = check(field, value);
            if (problem != null) {
                errors.put(field.name(), problem);
            }
            out.put(field.name(), value);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (String key : BOOKKEEPING) {
            if (input.containsKey(key)) {
                out.put(key, input.get(key));
            }
        }
        return out;
    }

    /**
     * Validates, runs the pre-save hooks, sets the timestamps and the version key, writes, runs the
     * post-save hooks, and returns the document as stored. A new document is inserted with
     * {@code __v} 0; an existing one replaces the stored document only if that one still has the
     * {@code __v} read, and is stored with {@code __v + 1}.
     *
     * @throws ValidationException      if the document fails its schema (nothing is written, no hook runs)
     * @throws VersionConflictException if the stored document's {@code __v} is no longer the one read
     */
    public Document save(Document document) {
        boolean isNew = !document.containsKey("__v");
        Document doc = validate(document);
        preSave.forEach(hook -> hook.accept(doc));
        Date now = Date.from(clock.instant());
        if (isNew) {
            if (schema.timestamps()) {
                doc.put("createdAt", now);
                doc.put("updatedAt", now);
            }
            doc.put("__v", 0);
            collection.insertOne(doc);
        } else {
            int version = ((Number) document.get("__v")).intValue();
            if (schema.timestamps()) {
                doc.put("updatedAt", now);
            }
            doc.put("__v", version + 1);
            long matched = collection.replaceOne(
                    Filters.and(Filters.eq("_id", doc.get("_id")), Filters.eq("__v", version)), doc).getMatchedCount();
            if (matched == 0) {
                throw new VersionConflictException(doc.get("_id"), version);
            }
        }
        postSave.forEach(hook -> hook.accept(doc));
        return doc;
    }

    /** The stored document with this {@code _id}, with its virtual fields added; empty if there is none. */
    public Optional<Document> findById(Object id) {
        Document doc = collection.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            return Optional.empty();
        }
        virtuals.forEach((name, getter) -> doc.put(name, getter.apply(doc)));
        return Optional.of(doc);
    }

    /**
     * Copies of {@code documents} in which each REF field named in {@code paths} holds the referenced
     * document instead of its id ({@code null} when no document has that id). One {@code find} with
     * {@code $in} per referenced collection, however many documents and paths point into it: never a
     * query per document.
     *
     * @throws IllegalArgumentException if a path is not a REF field of the schema
     */
    public List<Document> populate(List<Document> documents, String... paths) {
        Map<String, List<String>> pathsByCollection = new LinkedHashMap<>();
        for (String path : paths) {
            Field field = schema.field(path).filter(f -> f.type() == FieldType.REF)
                    .orElseThrow(() -> new IllegalArgumentException(path + " is not a REF field of " + schema.collection()));
            pathsByCollection.computeIfAbsent(field.ref(), c -> new ArrayList<>()).add(path);
        }
        List<Document> copies = documents.stream().map(Document::new).toList();
        pathsByCollection.forEach((collectionName, collectionPaths) -> {
            Set<Object> ids = new LinkedHashSet<>();
            copies.forEach(doc -> collectionPaths.forEach(p -> {
                if (doc.get(p) != null) {
                    ids.add(doc.get(p));
                }
            }));
            if (ids.isEmpty()) {
                return;
            }
            Map<Object, Document> found = new LinkedHashMap<>();
            database.getCollection(collectionName).find(Filters.in("_id", ids)).forEach(d -> found.put(d.get("_id"), d));
            copies.forEach(doc -> collectionPaths.forEach(p -> doc.put(p, doc.get(p) == null ? null : found.get(doc.get(p)))));
        });
        return copies;
    }

    private static Object cast(Field field, Object raw) {
        return switch (field.type()) {
            case STRING -> raw instanceof String || raw instanceof Number ? raw.toString() : null;
            case INTEGER -> castInteger(raw);
            case BOOLEAN -> raw instanceof Boolean ? raw
                    : "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : null;
            case REF -> raw;
        };
    }

    private static Integer castInteger(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        long value;
        if (raw instanceof Long l) {
            value = l;
        } else if (raw instanceof String s && INTEGER_TEXT.matcher(s).matches()) {
            value = Long.parseLong(s);
        } else {
            return null;
        }
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (int) value : null;
    }

    private static String check(Field field, Object value) {
        String path = field.name();
        if (!field.allowed().isEmpty() && !field.allowed().contains(value)) {
            return "`" + value + "` is not a valid enum value for path `" + path + "`.";
        }
        if (value instanceof Integer n && field.min() != null && n < field.min()) {
            return "Path `" + path + "` (" + n + ") is less than minimum allowed value (" + field.min() + ").";
        }
        if (value instanceof Integer n && field.max() != null && n > field.max()) {
            return "Path `" + path + "` (" + n + ") is more than maximum allowed value (" + field.max() + ").";
        }
        if (field.validator() != null && !field.validator().test(value)) {
            return field.validatorMessage();
        }
        return null;
    }

    private static String typeName(FieldType type) {
        return switch (type) {
            case STRING -> "String";
            case INTEGER -> "Number";
            case BOOLEAN -> "Boolean";
            case REF -> "ObjectId";
        };
    }
}
