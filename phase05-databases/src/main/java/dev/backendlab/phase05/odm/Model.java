package dev.backendlab.phase05.odm;

import com.mongodb.client.MongoDatabase;
import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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

    public Model(MongoDatabase database, Schema schema, Clock clock) {
        // TODO keep the database, the collection, the schema and the clock; start empty lists of hooks and a
        //  map of virtuals
    }

    /** Runs {@code hook} on the validated document before each save writes it; what it changes is stored. */
    public void preSave(Consumer<Document> hook) {
        // TODO remember the hook
        throw new NotImplementedYetException("register a pre-save hook", "Exercise 6: Mongoose");
    }

    /** Runs {@code hook} on the stored document after each successful save. */
    public void postSave(Consumer<Document> hook) {
        // TODO remember the hook
        throw new NotImplementedYetException("register a post-save hook", "Exercise 6: Mongoose");
    }

    /** A field computed on read ({@link #findById}) from the stored ones, never stored itself. */
    public void virtual(String name, Function<Document, Object> getter) {
        // TODO remember the getter under its name
        throw new NotImplementedYetException("register a virtual field", "Exercise 6: Mongoose");
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
        // TODO for each schema field: the value or its default, then required, cast, enum, min, max,
        //  validator; collect every failure by path; throw once with all of them
        throw new NotImplementedYetException("cast and validate a document", "Exercise 6: Mongoose");
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
        // TODO new (no __v): validate, pre hooks, timestamps, __v 0, insertOne, post hooks;
        //  existing: validate, pre hooks, updatedAt, replaceOne where _id and the __v read match, __v + 1
        throw new NotImplementedYetException("save a document", "Exercise 6: Mongoose");
    }

    /** The stored document with this {@code _id}, with its virtual fields added; empty if there is none. */
    public Optional<Document> findById(Object id) {
        // TODO find by _id, then put each virtual's value into the document
        throw new NotImplementedYetException("find a document with its virtuals", "Exercise 6: Mongoose");
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
        // TODO group the paths by referenced collection; per collection one find with $in of all the ids;
        //  replace each id with its document
        throw new NotImplementedYetException("populate references", "Exercise 6: Mongoose");
    }
}
