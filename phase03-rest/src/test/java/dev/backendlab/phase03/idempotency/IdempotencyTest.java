package dev.backendlab.phase03.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.TestClock;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.phase03.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise(order = 6, title = "Idempotency-Key", topics = {"Idempotency"})
@DisplayName("Exercise 6: Idempotency-Key")
class IdempotencyTest {

    private static final Duration TTL = Duration.ofHours(24);
    private static final String DUNE = "{\"title\":\"Dune\",\"year\":1965}";
    private static final String KEY = "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"";

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final BookCatalogue catalogue = new BookCatalogue();
    private Api api;

    private Api serve(Runnable beforeCreate) {
        api = Api.serve(new IdempotentBooksApi(catalogue, new IdempotencyKeys(clock, TTL), beforeCreate).router());
        return api;
    }

    private Api serve() {
        return serve(() -> { });
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private HttpReply post(String body, String key) {
        return api.json("POST", "/books", body, "Idempotency-Key", key);
    }

    @Test
    void a_post_without_a_key_is_400_and_creates_nothing() {
        serve();

        HttpReply keyless = api.json("POST", "/books", DUNE);

        assertThat(keyless.status()).as(keyless.says("the key is required on POST: 400")).isEqualTo(400);
        assertThat(keyless.json().path("error").asText()).as(keyless.says("the message names the header")).contains("Idempotency-Key");
        assertThat(catalogue.all()).as("nothing was created").isEmpty();
    }

    @Test
    void the_first_request_with_a_key_runs_normally() {
        serve();

        HttpReply first = post(DUNE, KEY);

        assertThat(first.status()).as(first.says("the first request runs: 201")).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).as(first.says("a first response is not a replay")).isNull();
        assertThat(catalogue.all()).as("one book").hasSize(1);
    }

    @Test
    void a_retry_with_the_same_key_and_payload_replays_the_stored_response() {
        serve();
        HttpReply first = post(DUNE, KEY);

        HttpReply retry = post(DUNE, KEY);

        assertThat(retry.status()).as(retry.says("the replay has the first status")).isEqualTo(first.status());
        assertThat(retry.header("Location")).as(retry.says("the headers that matter: Location")).isEqualTo("/books/1");
        assertThat(retry.header("Content-Type")).as(retry.says("and Content-Type")).isEqualTo("application/json");
        assertThat(retry.body()).as(retry.says("the very same body")).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).as(retry.says("a replay says so")).isEqualTo("true");
        assertThat(catalogue.all()).as("the handler ran once: one book, not two").hasSize(1);
    }

    @Test
    void the_same_key_with_a_different_payload_is_422() {
        serve();
        post(DUNE, KEY);

        HttpReply reused = post("{\"title\":\"Dune Messiah\",\"year\":1969}", KEY);

        assertThat(reused.status()).as(reused.says("a key reused for another request is the client's bug: 422")).isEqualTo(422);
        assertThat(catalogue.all()).as("nothing more was created").hasSize(1);
    }

    @Test
    void different_keys_are_different_requests() {
        serve();

        HttpReply one = post(DUNE, "\"key-one\"");
        HttpReply two = post(DUNE, "\"key-two\"");

        assertThat(one.header("Location")).as(one.says("first key")).isEqualTo("/books/1");
        assertThat(two.header("Location")).as(two.says("another key, another book")).isEqualTo("/books/2");
        assertThat(catalogue.all()).as("two books").hasSize(2);
    }

    @Test
    void a_retry_while_the_first_is_in_flight_is_409() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch enteredOrAnswered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        serve(() -> {
            entered.countDown();
            enteredOrAnswered.countDown();
            BoundedWait.await(release, Duration.ofSeconds(5), "the test to release the first request");
        });
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<HttpReply> first = client.submit(() -> {
                try {
                    return post(DUNE, KEY);
                } finally {
                    enteredOrAnswered.countDown();
                }
            });
            enteredOrAnswered.await(5, TimeUnit.SECONDS);
            assertThat(entered.getCount()).as("the first request should reach the handler and stay there; it was answered: "
                    + (first.isDone() ? first.get().show() : "(no answer)")).isZero();

            HttpReply concurrent = post(DUNE, KEY);
            release.countDown();
            HttpReply original = first.get(5, TimeUnit.SECONDS);

            assertThat(concurrent.status()).as(concurrent.says("the same key while the first still runs: 409 Conflict")).isEqualTo(409);
            assertThat(original.status()).as(original.says("the first one finishes normally")).isEqualTo(201);
            assertThat(catalogue.all()).as("one book").hasSize(1);
        } finally {
            release.countDown();
            client.shutdownNow();
        }
    }

    @Test
    void a_key_expires_after_its_time_to_live() {
        serve();
        post(DUNE, KEY);

        clock.advance(TTL.minusSeconds(1));
        HttpReply stillKnown = post(DUNE, KEY);
        clock.advance(Duration.ofSeconds(1));
        HttpReply expired = post(DUNE, KEY);

        assertThat(stillKnown.header("Idempotent-Replayed")).as(stillKnown.says("one second before expiry: a replay")).isEqualTo("true");
        assertThat(expired.status()).as(expired.says("at expiry the key is new again: the request runs")).isEqualTo(201);
        assertThat(expired.header("Idempotent-Replayed")).as(expired.says("not a replay")).isNull();
        assertThat(catalogue.all()).as("two books: one per life of the key").hasSize(2);
    }

    @Test
    void other_methods_need_no_key() {
        serve();

        HttpReply list = api.get("/books");

        assertThat(list.status()).as(list.says("GET is idempotent already: no key needed")).isEqualTo(200);
        assertThat(list.body()).as(list.says("an empty catalogue")).isEqualTo("[]");
    }

    @Test
    void twenty_concurrent_identical_posts_create_exactly_one_book() throws Exception {
        // The request that gets in is held until the 19 others have their answers: they all overlap it.
        CountDownLatch othersAnswered = new CountDownLatch(19);
        serve(() -> BoundedWait.await(othersAnswered, Duration.ofSeconds(5), "the 19 other requests to be answered"));
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpReply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(clients.submit(() -> {
                    BoundedWait.await(start, Duration.ofSeconds(5), "the start signal");
                    HttpReply reply = post(DUNE, KEY);
                    othersAnswered.countDown();
                    return reply;
                }));
            }
            start.countDown();
            List<HttpReply> done = new ArrayList<>();
            for (Future<HttpReply> reply : replies) {
                done.add(reply.get(8, TimeUnit.SECONDS));
            }

            long created = done.stream().filter(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).count();
            long conflicts = done.stream().filter(r -> r.status() == 409).count();
            assertThat(catalogue.all()).as("20 simultaneous requests with one key: the handler runs once").hasSize(1);
            assertThat(created).as("exactly one response is the original 201").isEqualTo(1);
            assertThat(conflicts).as("the 19 others arrived while it was in flight: 409 each").isEqualTo(19);
        } finally {
            clients.shutdownNow();
        }
    }

}
