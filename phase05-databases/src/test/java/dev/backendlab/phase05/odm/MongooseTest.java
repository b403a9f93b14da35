package dev.backendlab.phase05.odm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.grader.fixtures.mongo.TestMongo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 6, title = "Mongoose", topics = {"Mongoose"})
class MongooseTest {

    private static final String README = "see README, Exercise 6: Mongoose";
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private static final Schema BOOKS = new Schema("books", List.of(
            Field.string("title").required(),
            Field.integer("pages").required().min(1).max(4000),
            Field.string("status").oneOf("draft", "published").withDefault("draft"),
            Field.bool("inPrint").withDefault(true),
            Field.string("isbn").validate(v -> ((String) v).matches("\\d{13}"), "isbn must be 13 digits"),
            Field.ref("author", "authors"),
            Field.ref("publisher", "publishers")), true);

    /** Every command the driver sends, by name and collection ("find authors"), for the populate checks. */
    private static final List<String> COMMANDS = Collections.synchronizedList(new ArrayList<>());
    private static MongoClient client;

    private MongoDatabase db;
    private TestClock clock;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.get().connectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        Object target = event.getCommand().get(event.getCommandName());
                        COMMANDS.add(event.getCommandName() + " " + (target instanceof org.bson.BsonString s ? s.getValue() : ""));
                    }
                })
                .build());
    }

    @AfterAll
    static void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    @BeforeEach
    void freshDatabase() {
        db = client.getDatabase(TestMongo.get().newDatabaseName("odm"));
        clock = new TestClock(T0);
    }

    private Model books() {
        return new Model(db, BOOKS, clock);
    }

    private static Document book(String title, Object pages) {
        return new Document("title", title).append("pages", pages);
    }

    @Test
    void validate_casts_values_to_their_types_and_fills_in_defaults() {
        Document cast = books().validate(book("Dune", "412").append("inPrint", "false").append("isbn", "9780441013593"));

        assertThat(cast.get("pages")).as("pages given as the string \"412\": cast to the Integer 412; " + README)
                .isEqualTo(412);
        assertThat(cast.get("inPrint")).as("inPrint given as \"false\": cast to Boolean.FALSE; " + README).isEqualTo(false);
        assertThat(cast.get("status")).as("status not given: its default \"draft\"; " + README).isEqualTo("draft");
        assertThat(books().validate(book("Emma", 474)).get("inPrint")).as("inPrint not given: its default true; " + README)
                .isEqualTo(true);
        assertThat(books().validate(book("Emma", 474)).get("title")).as("title, a String, as it was; " + README)
                .isEqualTo("Emma");
    }

    @Test
    void validate_reports_every_failing_path_at_once() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> books().validate(
                new Document("pages", "many").append("status", "draft2").append("isbn", "123")));

        assertThat(e).as("validate(...) of a document failing on four paths: ValidationException; " + README).isNotNull();
        assertThat(e.errors()).as("errors of validate({pages: \"many\", status: \"draft2\", isbn: \"123\"}): one per"
                + " failing path, all of them, not only the first; " + README)
                .containsOnlyKeys("title", "pages", "status", "isbn")
                .containsEntry("title", "Path `title` is required.")
                .containsEntry("pages", "Cast to Number failed for value \"many\" at path `pages`")
                .containsEntry("status", "`draft2` is not a valid enum value for path `status`.")
                .containsEntry("isbn", "isbn must be 13 digits");
        ValidationException bounds = catchThrowableOfType(ValidationException.class,
                () -> books().validate(book("Tiny", 0)));
        assertThat(bounds).as("validate of pages 0 (min 1); " + README).isNotNull();
        assertThat(bounds.errors()).as("errors for pages 0 (min 1); " + README)
                .isEqualTo(Map.of("pages", "Path `pages` (0) is less than minimum allowed value (1)."));
        ValidationException tooLong = catchThrowableOfType(ValidationException.class,
                () -> books().validate(book("Huge", 5000)));
        assertThat(tooLong).as("validate of pages 5000 (max 4000); " + README).isNotNull();
        assertThat(tooLong.errors()).as("errors for pages 5000 (max 4000); " + README)
                .isEqualTo(Map.of("pages", "Path `pages` (5000) is more than maximum allowed value (4000)."));
    }

    @Test
    void validate_drops_the_fields_the_schema_does_not_name() {
        Document cast = books().validate(book("Dune", 412).append("isAdmin", true).append("_id", 7));

        assertThat(cast).as("validate(...) of a document with a field the schema lacks (isAdmin): strict mode drops it,"
                + " _id stays; " + README).doesNotContainKey("isAdmin").containsEntry("_id", 7);
    }

    @Test
    void save_inserts_with_version_zero_and_both_timestamps_from_the_clock() {
        Document saved = books().save(book("Dune", 412));

        Document stored = db.getCollection("books").find().first();
        assertThat(stored).as("the stored document after save(...) of a new book; " + README).isNotNull();
        assertThat(stored.get("__v")).as("__v of a new document: 0; " + README).isEqualTo(0);
        assertThat(stored.get("createdAt")).as("createdAt: the model's clock (a java.util.Date), not the system's; " + README)
                .isEqualTo(Date.from(T0));
        assertThat(stored.get("updatedAt")).as("updatedAt of a new document: the same instant; " + README)
                .isEqualTo(Date.from(T0));
        assertThat(stored.get("status")).as("status stored with its default; " + README).isEqualTo("draft");
        assertThat(saved.get("_id")).as("the document save returns carries the _id stored; " + README)
                .isEqualTo(stored.get("_id"));
    }

    @Test
    void an_invalid_document_is_not_saved_and_runs_no_hook() {
        Model books = books();
        List<String> ran = new ArrayList<>();
        books.preSave(d -> ran.add("pre"));
        books.postSave(d -> ran.add("post"));

        assertThatExceptionOfType(ValidationException.class)
                .as("save(...) of a book without a title: ValidationException before anything is written; " + README)
                .isThrownBy(() -> books.save(book(null, 10)));
        assertThat(db.getCollection("books").countDocuments()).as("books stored after the refused save; " + README).isZero();
        assertThat(ran).as("hooks that ran for a document that failed validation; " + README).isEmpty();
    }

    @Test
    void pre_save_hooks_change_what_is_stored_and_post_save_hooks_see_the_stored_document() {
        Model books = books();
        List<String> ran = new ArrayList<>();
        books.preSave(d -> {
            ran.add("pre " + d.containsKey("_id"));
            d.put("title", d.getString("title").strip());
        });
        books.postSave(d -> ran.add("post " + d.containsKey("_id") + " " + d.get("__v")));

        books.save(book("  Dune  ", 412));
        assertThat(db.getCollection("books").find().first().getString("title"))
                .as("title stored after a pre-save hook stripped it: hooks run before the write; " + README)
                .isEqualTo("Dune");
        assertThat(ran).as("what the hooks saw, in order: pre before the insert (no _id yet), post after it (with _id"
                + " and __v 0); " + README).containsExactly("pre false", "post true 0");
    }

    @Test
    void saving_again_replaces_the_document_bumps_the_version_and_keeps_created_at() {
        Model books = books();
        Document saved = books.save(book("Dune", 412));
        clock.advance(Duration.ofMinutes(5));

        saved.put("pages", 896);
        Document again = books.save(saved);
        Document stored = db.getCollection("books").find().first();
        assertThat(db.getCollection("books").countDocuments()).as("books after saving one twice: it is replaced, not"
                + " inserted again; " + README).isEqualTo(1);
        assertThat(stored.get("pages")).as("pages after the second save; " + README).isEqualTo(896);
        assertThat(stored.get("__v")).as("__v after the second save: 0 + 1; " + README).isEqualTo(1);
        assertThat(stored.get("createdAt")).as("createdAt after the second save: unchanged; " + README).isEqualTo(Date.from(T0));
        assertThat(stored.get("updatedAt")).as("updatedAt after the second save, 5 minutes later on the clock; " + README)
                .isEqualTo(Date.from(T0.plus(Duration.ofMinutes(5))));
        assertThat(again.get("__v")).as("__v of the document the second save returns; " + README).isEqualTo(1);
    }

    @Test
    void a_stale_save_fails_with_a_version_conflict_and_changes_nothing() {
        Model books = books();
        Object id = books.save(book("Dune", 412)).get("_id");
        Document mine = books.findById(id).orElseThrow();
        Document theirs = books.findById(id).orElseThrow();

        theirs.put("pages", 500);
        books.save(theirs);
        mine.put("pages", 600);
        assertThatExceptionOfType(VersionConflictException.class)
                .as("save(...) of a copy read at __v 0 after another copy was saved (now __v 1): the replace must match"
                        + " on _id AND the __v read, change nothing, and throw VersionConflictException; " + README)
                .isThrownBy(() -> books.save(mine));
        assertThat(db.getCollection("books").find().first().get("pages"))
                .as("pages after the stale save was refused: the other save's 500 stays; " + README).isEqualTo(500);
    }

    @Test
    void virtuals_are_computed_on_read_and_never_stored() {
        Model books = books();
        books.virtual("label", d -> d.getString("title") + " (" + d.get("pages") + " pages)");
        Object id = books.save(book("Dune", 412)).get("_id");

        Document found = books.findById(id).orElseThrow();
        assertThat(found.get("label")).as("the virtual label of the book found by findById; " + README)
                .isEqualTo("Dune (412 pages)");
        books.save(found);
        assertThat(db.getCollection("books").find().first()).as("the stored book after saving a document that carried"
                + " its virtual: virtuals are never stored (strict mode drops them); " + README).doesNotContainKey("label");
        assertThat(books.findById("no such id")).as("findById of an unknown id; " + README).isEmpty();
    }

    @Test
    void populate_replaces_each_reference_with_its_document() {
        db.getCollection("authors").insertMany(List.of(new Document("_id", "herbert").append("name", "Frank Herbert"),
                new Document("_id", "austen").append("name", "Jane Austen")));
        Model books = books();
        List<Document> list = List.of(
                books.save(book("Dune", 412).append("author", "herbert")),
                books.save(book("Emma", 474).append("author", "austen")),
                books.save(book("Anonymous", 10).append("author", "nobody")));

        List<Document> populated = books.populate(list, "author");
        assertThat(populated).extracting(d -> d.get("author"))
                .as("the author of each book after populate(books, \"author\"): the author's document, null when no"
                        + " author has that id; " + README)
                .containsExactly(new Document("_id", "herbert").append("name", "Frank Herbert"),
                        new Document("_id", "austen").append("name", "Jane Austen"), null);
        assertThat(list.get(0).get("author")).as("the documents passed to populate stay as they were (it returns"
                + " copies); " + README).isEqualTo("herbert");
    }

    @Test
    void populate_sends_one_query_per_referenced_collection_never_one_per_document() {
        List<Document> authors = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            authors.add(new Document("_id", "a" + a).append("name", "Author " + a));
        }
        db.getCollection("authors").insertMany(authors);
        db.getCollection("publishers").insertMany(List.of(new Document("_id", "p0"), new Document("_id", "p1")));
        Model books = books();
        List<Document> list = new ArrayList<>();
        for (int b = 0; b < 20; b++) {
            list.add(books.save(book("Book " + b, 100 + b).append("author", "a" + b % 4).append("publisher", "p" + b % 2)));
        }

        COMMANDS.clear();
        List<Document> populated = books.populate(list, "author", "publisher");
        List<String> finds = COMMANDS.stream().filter(c -> c.startsWith("find ")).toList();
        assertThat(finds).as("find commands the driver sent for populate(20 books, \"author\", \"publisher\"): one with"
                + " $in per referenced collection (authors, publishers), never one per book (the N+1 queries an ORM's"
                + " lazy loading sends); " + README)
                .containsExactlyInAnyOrder("find authors", "find publishers");
        assertThat(populated).extracting(d -> ((Document) d.get("author")).getString("name"))
                .as("authors of the populated books; " + README).startsWith("Author 0", "Author 1", "Author 2", "Author 3");
        assertThat(populated).extracting(d -> ((Document) d.get("publisher")).get("_id"))
                .as("publishers of the populated books; " + README).containsOnly("p0", "p1");
        assertThat(Set.copyOf(COMMANDS)).as("commands populate sent; " + README).allMatch(c -> c.startsWith("find "));
    }
}
