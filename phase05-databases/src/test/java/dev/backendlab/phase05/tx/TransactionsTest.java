package dev.backendlab.phase05.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.BoundedWait;
import dev.backendlab.grader.fixtures.postgres.TestDatabase;
import dev.backendlab.grader.fixtures.postgres.TestPostgres;
import dev.backendlab.phase05.support.Pools;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 3, title = "Transactions", topics = {"Transactions"})
class TransactionsTest {

    private static final String README = "see README, Exercise 3: Transactions";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static TestDatabase db;

    private HikariDataSource pool;
    private ExecutorService threads;

    @BeforeAll
    static void createDatabase() throws SQLException {
        db = TestPostgres.get().newDatabase("transactions");
        AccountsSchema.create(db.dataSource());
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void freshAccounts() throws SQLException {
        sql("TRUNCATE accounts");
        pool = Pools.pool(db, 8);
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void closePool() {
        threads.shutdownNow();
        try {
            assertThat(Pools.borrowed(pool))
                    .as("connections still borrowed from the pool after the check: close every Connection"
                            + " (try-with-resources), also when the transaction fails; " + README)
                    .isZero();
        } finally {
            pool.close();
        }
    }

    // ---- a transfer ----

    @Test
    void a_transfer_moves_the_amount_from_one_account_to_the_other() throws SQLException {
        accounts(1000, 1000);
        new TransferService(pool).transfer(1, 2, 300);

        assertThat(balances()).as("balances of accounts 1 and 2 (1000 each) after transfer(1, 2, 300); " + README)
                .containsExactly(700L, 1300L);
    }

    @Test
    void a_transfer_beyond_the_balance_is_refused_and_changes_nothing() throws SQLException {
        accounts(1000, 1000);
        TransferService service = new TransferService(pool);

        assertThatExceptionOfType(InsufficientFundsException.class)
                .as("transfer(1, 2, 1001) from an account holding 1000: InsufficientFundsException; " + README)
                .isThrownBy(() -> service.transfer(1, 2, 1001));
        service.transfer(1, 2, 1000);
        assertThat(balances()).as("balances after a refused transfer of 1001, then one of exactly 1000 (allowed); " + README)
                .containsExactly(0L, 2000L);
    }

    @Test
    void an_unknown_account_or_a_bad_amount_is_refused_and_changes_nothing() throws SQLException {
        accounts(1000, 1000);
        TransferService service = new TransferService(pool);

        assertThatExceptionOfType(UnknownAccountException.class)
                .as("transfer(1, 404, 100) to an account that does not exist: UnknownAccountException; " + README)
                .isThrownBy(() -> service.transfer(1, 404, 100));
        assertThatExceptionOfType(UnknownAccountException.class)
                .as("transfer(404, 2, 100) from an account that does not exist: UnknownAccountException; " + README)
                .isThrownBy(() -> service.transfer(404, 2, 100));
        assertThatExceptionOfType(IllegalArgumentException.class).as("transfer(1, 2, 0); " + README)
                .isThrownBy(() -> service.transfer(1, 2, 0));
        assertThatExceptionOfType(IllegalArgumentException.class).as("transfer(1, 2, -5) would move money backwards; " + README)
                .isThrownBy(() -> service.transfer(1, 2, -5));
        assertThatExceptionOfType(IllegalArgumentException.class).as("transfer(1, 1, 5), one account twice; " + README)
                .isThrownBy(() -> service.transfer(1, 1, 5));
        assertThat(balances()).as("balances after five refused transfers; " + README).containsExactly(1000L, 1000L);
    }

    @Test
    void a_failure_after_the_first_update_leaves_no_partial_write() throws SQLException {
        accounts(1000, 1000);
        // The second UPDATE of a transaction on these accounts fails, whichever account it touches.
        sql("""
                CREATE FUNCTION fail_second_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('lab.first_update_seen', true) = 'yes' THEN
                        RAISE EXCEPTION 'the second UPDATE of this transaction fails (a trigger the test installed)';
                    END IF;
                    PERFORM set_config('lab.first_update_seen', 'yes', true);
                    RETURN NEW;
                END $$""");
        sql("CREATE TRIGGER second_update_fails AFTER UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION fail_second_update()");
        try {
            assertThatExceptionOfType(SQLException.class)
                    .as("transfer(1, 2, 300) while a trigger makes the second UPDATE of a transaction fail: the"
                            + " SQLException must reach the caller. If it did not fail at all, your two UPDATEs ran in"
                            + " separate transactions: auto-commit is on until you call setAutoCommit(false); " + README)
                    .isThrownBy(() -> new TransferService(pool).transfer(1, 2, 300))
                    .withMessageContaining("second UPDATE");
        } finally {
            sql("DROP TRIGGER second_update_fails ON accounts");
            sql("DROP FUNCTION fail_second_update()");
        }
        assertThat(balances())
                .as("balances after the failed transfer: the first UPDATE must be rolled back with the transaction,"
                        + " so no money appears or disappears; " + README)
                .containsExactly(1000L, 1000L);
    }

    @Test
    void the_funds_are_checked_on_the_locked_row_so_a_concurrent_debit_cannot_overdraw() throws Exception {
        accounts(1000, 1000);
        try (Connection holder = db.connect()) {
            // Another transaction takes 500 from account 1 and has not committed yet.
            holder.setAutoCommit(false);
            execute(holder, "UPDATE accounts SET balance_cents = balance_cents - 500 WHERE id = 1");
            CompletableFuture<Void> transfer = async(() -> new TransferService(pool).transfer(1, 2, 800));
            BoundedWait.until(WAIT, () -> waitingOnLocks() == 1 || transfer.isDone(),
                    "transfer(1, 2, 800) to wait for account 1, which another transaction is changing");
            holder.commit();
            assertThatExceptionOfType(ExecutionException.class)
                    .as("transfer(1, 2, 800) that started while another transaction took 500 of account 1's 1000: once"
                            + " that one commits only 500 is left, so InsufficientFundsException. Read the balance with"
                            + " SELECT ... FOR UPDATE (it waits, then returns the committed 500) and check it before"
                            + " writing; a balance read without the lock is stale; " + README)
                    .isThrownBy(() -> transfer.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .withCauseInstanceOf(InsufficientFundsException.class);
        }
        assertThat(balances()).as("balances after the refused transfer: account 1 must not go below zero; " + README)
                .containsExactly(500L, 1000L);
    }

    @Test
    void a_transfer_locks_the_lower_id_first_so_opposite_transfers_cannot_deadlock() throws Exception {
        accounts(1000, 1000);
        try (Connection holder = db.connect()) {
            // The test holds account 2, so the transfer below blocks when it reaches account 2.
            holder.setAutoCommit(false);
            execute(holder, "SELECT * FROM accounts WHERE id = 2 FOR UPDATE");
            CompletableFuture<Void> transfer = CompletableFuture.runAsync(() -> {
                try {
                    new TransferService(pool).transfer(2, 1, 100);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            BoundedWait.until(WAIT, () -> waitingOnLocks() == 1 || transfer.isDone(),
                    "transfer(2, 1, 100) to wait for the row of account 2, which the test holds");
            assertThat(transfer).as("transfer(2, 1, 100) returned while the test held account 2's row:"
                    + " lock both rows with SELECT ... FOR UPDATE before writing; " + README).isNotDone();
            boolean account1Locked;
            try (Connection probe = db.connect(); Statement statement = probe.createStatement()) {
                probe.setAutoCommit(false);
                try {
                    statement.execute("SELECT * FROM accounts WHERE id = 1 FOR UPDATE NOWAIT");
                    account1Locked = false;
                } catch (SQLException e) {
                    account1Locked = "55P03".equals(e.getSQLState()); // lock_not_available
                }
                probe.rollback();
            }
            holder.rollback();
            transfer.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(account1Locked)
                    .as("while transfer(2, 1, 100) waited for account 2, it must already hold account 1: lock the"
                            + " lower id first (WHERE id IN (?, ?) ORDER BY id FOR UPDATE). Locking the paying account"
                            + " first lets transfer(1, 2) and transfer(2, 1) each hold one row and wait for the other"
                            + " (a deadlock, SQLSTATE 40P01); " + README)
                    .isTrue();
        }
        assertThat(balances()).as("balances after transfer(2, 1, 100); " + README).containsExactly(1100L, 900L);
    }

    @Test
    void eight_threads_making_500_random_transfers_each_keep_the_total_and_no_balance_goes_negative() throws Exception {
        int accounts = 5;
        long[] start = new long[accounts];
        Arrays.fill(start, 2_000);
        accounts(start);
        TransferService service = new TransferService(pool);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Random random = new Random(t); // each thread's transfers are the same on every run
            workers.add(() -> {
                for (int i = 0; i < 500; i++) {
                    long from = 1 + random.nextInt(accounts);
                    long to = 1 + (from + random.nextInt(accounts - 1)) % accounts;
                    long cents = 1 + random.nextInt(1500);
                    try {
                        service.transfer(from, to, cents);
                        done.incrementAndGet();
                    } catch (InsufficientFundsException e) {
                        refused.incrementAndGet();
                    } catch (SQLException | RuntimeException e) {
                        errors.add("transfer(" + from + ", " + to + ", " + cents + "): " + e);
                    }
                }
                return null;
            });
        }
        for (Future<Void> worker : threads.invokeAll(workers, 60, TimeUnit.SECONDS)) {
            worker.get();
        }

        assertThat(errors.size()).as("transfers that failed with anything but InsufficientFundsException (40P01 is a"
                + " deadlock: lock in id order; " + README + "); the first of them: " + errors.stream().limit(3).toList())
                .isZero();
        assertThat(done.get() + refused.get()).as("transfers that returned or were refused").isEqualTo(4000);
        assertThat(balances().stream().mapToLong(Long::longValue).sum())
                .as("the sum of all balances after 4000 concurrent transfers (5 accounts of 2000): money was created"
                        + " or destroyed, so two transfers read the same balance and one overwrote the other; check the"
                        + " funds on a row you locked (FOR UPDATE); " + README)
                .isEqualTo(10_000);
        assertThat(balances()).as("no balance below zero after 4000 concurrent transfers: the funds must be"
                + " checked on the locked row, in the same transaction as the writes; " + README)
                .allMatch(balance -> balance >= 0);
        assertThat(done.get()).as("transfers that succeeded (most must)").isGreaterThan(1000);
    }

    // ---- the lost update and its two cures ----

    @Test
    void read_modify_write_at_read_committed_loses_one_of_two_interleaved_deposits() throws Exception {
        accounts(100);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        Deposits deposits = new Deposits(pool);
        ReadHook waitForTheOther = balance -> await(bothRead);

        CompletableFuture<Void> a = async(() -> deposits.depositReadModifyWrite(1, 10, waitForTheOther));
        CompletableFuture<Void> b = async(() -> deposits.depositReadModifyWrite(1, 20, waitForTheOther));
        CompletableFuture.allOf(a, b).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(balances().get(0))
                .as("balance (100) after deposits of 10 and 20 that both read before either wrote: this method is the"
                        + " demonstration, so it must write \"the balance read + cents\" (UPDATE ... SET balance_cents = ?)"
                        + " and lose one deposit: 110 or 120. 130 means it added in SQL or locked the row; " + README)
                .isIn(110L, 120L);
    }

    @Test
    void select_for_update_makes_the_second_deposit_wait_and_keeps_both() throws Exception {
        accounts(100);
        Deposits deposits = new Deposits(pool);
        CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        ReadHook hook = balance -> {
            if (reads.incrementAndGet() == 1) {
                firstHoldsTheRow.countDown();
                BoundedWait.await(releaseFirst, WAIT, "the test to release the first deposit");
            }
        };

        CompletableFuture<Void> first = async(() -> deposits.depositForUpdate(1, 10, hook));
        BoundedWait.await(firstHoldsTheRow, WAIT, "the first depositForUpdate to read the balance (hook.afterRead)");
        CompletableFuture<Void> second = async(() -> deposits.depositForUpdate(1, 20, hook));
        boolean secondWaited;
        try {
            BoundedWait.until(Duration.ofSeconds(3), () -> waitingOnLocks() == 1 || second.isDone(),
                    "the second deposit to wait for the first one's row lock");
            secondWaited = waitingOnLocks() == 1;
        } catch (AssertionError e) {
            secondWaited = false;
        } finally {
            releaseFirst.countDown();
        }
        CompletableFuture.allOf(first, second).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(secondWaited)
                .as("while the first depositForUpdate held the row between its read and its write, the second must"
                        + " wait at its read: SELECT balance_cents ... FOR UPDATE, in the same transaction as the"
                        + " UPDATE; " + README)
                .isTrue();
        assertThat(balances().get(0)).as("balance (100) after deposits of 10 and 20 with FOR UPDATE; " + README)
                .isEqualTo(130L);
    }

    @Test
    void an_optimistic_deposit_that_lost_the_race_reads_again_and_keeps_both() throws Exception {
        accounts(100);
        Deposits deposits = new Deposits(pool);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        AtomicInteger reads = new AtomicInteger();
        ReadHook hook = balance -> {
            if (reads.incrementAndGet() <= 2) {
                await(bothRead);
            }
        };

        CompletableFuture<Integer> a = asyncValue(() -> deposits.depositOptimistic(1, 10, 3, hook));
        CompletableFuture<Integer> b = asyncValue(() -> deposits.depositOptimistic(1, 20, 3, hook));
        CompletableFuture.allOf(a, b).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(balances().get(0))
                .as("balance (100) after optimistic deposits of 10 and 20 that both read version 0: the UPDATE ... WHERE"
                        + " version = ? of the second changes no row (executeUpdate() returns 0), so it must read again"
                        + " and retry; " + README)
                .isEqualTo(130L);
        assertThat(List.of(a.get(), b.get())).as("attempts the two deposits report: one won at once, the other"
                + " needed a second; " + README).containsExactlyInAnyOrder(1, 2);
        assertThat(queryLong("SELECT version FROM accounts WHERE id = 1"))
                .as("version after two successful writes: each UPDATE sets version = version + 1; " + README)
                .isEqualTo(2);
    }

    @Test
    void an_optimistic_deposit_gives_up_after_max_attempts() throws Exception {
        accounts(100);
        AtomicInteger reads = new AtomicInteger();
        ReadHook anotherWriterEachTime = balance -> {
            if (reads.incrementAndGet() > 10) {
                throw new IllegalStateException("depositOptimistic read more than 10 times with maxAttempts = 3");
            }
            try {
                sql("UPDATE accounts SET version = version + 1 WHERE id = 1"); // another writer wins every race
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };

        assertThatExceptionOfType(ConcurrentUpdateException.class)
                .as("depositOptimistic(1, 10, maxAttempts 3) while another writer changes the version after every"
                        + " read: ConcurrentUpdateException once the 3 attempts are spent, never an endless loop; " + README)
                .isThrownBy(() -> new Deposits(pool).depositOptimistic(1, 10, 3, anotherWriterEachTime));
        assertThat(reads).as("reads (hook calls) of depositOptimistic with maxAttempts = 3; " + README).hasValue(3);
        assertThat(balances().get(0)).as("balance after the deposit gave up; " + README).isEqualTo(100L);
    }

    // ---- SERIALIZABLE with a bounded retry ----

    @Test
    void serializable_work_runs_at_that_level_and_is_committed() throws SQLException {
        accounts(100);
        RecordingSleeper sleeper = new RecordingSleeper();
        String level = new RetryingTransactions(pool, 3, Duration.ofMillis(10), highest(), sleeper).inSerializable(c -> {
            try (Statement statement = c.createStatement()) {
                statement.executeUpdate("UPDATE accounts SET balance_cents = 150 WHERE id = 1");
                try (ResultSet row = statement.executeQuery("SHOW transaction_isolation")) {
                    row.next();
                    return row.getString(1);
                }
            }
        });

        assertThat(level).as("SHOW transaction_isolation inside the work: setTransactionIsolation(TRANSACTION_SERIALIZABLE)"
                + " before the work; " + README).isEqualTo("serializable");
        assertThat(balances().get(0)).as("the work's UPDATE after inSerializable returned: it must be committed; " + README)
                .isEqualTo(150L);
        assertThat(sleeper.sleeps).as("backoffs when the first attempt succeeds; " + README).isEmpty();
    }

    @Test
    void a_serialization_failure_or_a_deadlock_is_retried_after_a_jittered_exponential_backoff() throws SQLException {
        accounts(100);
        RecordingSleeper sleeper = new RecordingSleeper();
        AtomicInteger attempts = new AtomicInteger();
        RetryingTransactions retrying = new RetryingTransactions(pool, 4, Duration.ofMillis(10), highest(), sleeper);
        String result = retryable(() -> retrying.inSerializable(c -> {
            int attempt = attempts.incrementAndGet();
            try (Statement statement = c.createStatement()) {
                statement.executeUpdate("UPDATE accounts SET balance_cents = balance_cents + 1 WHERE id = 1");
            }
            if (attempt == 1) {
                throw new SQLException("could not serialize access (raised by the test)", "40001");
            }
            if (attempt == 2) {
                throw new SQLException("deadlock detected (raised by the test)", "40P01");
            }
            return "done on attempt " + attempt;
        }));

        assertThat(result).as("what inSerializable returned after a 40001 and a 40P01; " + README)
                .isEqualTo("done on attempt 3");
        assertThat(balances().get(0)).as("balance: each failed attempt's UPDATE must be rolled back, only the third"
                + " committed (100 + 1); " + README).isEqualTo(101L);
        assertThat(sleeper.sleeps).as("backoffs before attempts 2 and 3 with base 10 ms and a random that always draws"
                + " its highest value: random.nextLong(cap + 1) with cap 10 ms, then 20 ms; " + README)
                .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void a_transaction_that_keeps_failing_ends_with_retries_exhausted_after_max_attempts() {
        RecordingSleeper sleeper = new RecordingSleeper();
        AtomicInteger attempts = new AtomicInteger();

        assertThatExceptionOfType(RetriesExhaustedException.class)
                .as("inSerializable when every attempt fails with 40001 (maxAttempts = 3): RetriesExhaustedException,"
                        + " its cause the last SQLException; " + README)
                .isThrownBy(() -> new RetryingTransactions(pool, 3, Duration.ofMillis(10), highest(), sleeper)
                .inSerializable(c -> {
                    if (attempts.incrementAndGet() > 10) {
                        throw new IllegalStateException("attempt 11 with maxAttempts = 3");
                    }
                    throw new SQLException("could not serialize access (raised by the test)", "40001");
                }))
                .withCauseInstanceOf(SQLException.class);
        assertThat(attempts).as("attempts with maxAttempts = 3 (the first one included); " + README).hasValue(3);
        assertThat(sleeper.sleeps).as("backoffs between 3 attempts; " + README)
                .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void any_other_error_is_rethrown_at_once_without_a_retry() {
        AtomicInteger attempts = new AtomicInteger();
        RecordingSleeper sleeper = new RecordingSleeper();

        assertThatExceptionOfType(SQLException.class)
                .as("inSerializable when the work fails with SQLSTATE 23505: that SQLException, unchanged; " + README)
                .isThrownBy(() -> new RetryingTransactions(pool, 3, Duration.ofMillis(10), highest(), sleeper)
                .inSerializable(c -> {
                    attempts.incrementAndGet();
                    throw new SQLException("duplicate key value (raised by the test)", "23505");
                }))
                .withMessageContaining("duplicate key value");
        assertThat(attempts).as("attempts for an error retrying cannot fix (only 40001 and 40P01 are retried); " + README)
                .hasValue(1);
        assertThat(sleeper.sleeps).as("backoffs for an error that is not retried").isEmpty();
    }

    @Test
    void serializable_with_retry_prevents_write_skew_between_two_on_call_doctors() throws Exception {
        sql("CREATE TABLE IF NOT EXISTS doctors (name text PRIMARY KEY, on_call boolean NOT NULL)");
        sql("TRUNCATE doctors");
        sql("INSERT INTO doctors VALUES ('alice', true), ('bob', true)");
        RetryingTransactions retrying = new RetryingTransactions(pool, 5, Duration.ofMillis(1), highest(), d -> {
        });
        CyclicBarrier bothCounted = new CyclicBarrier(2);
        List<String> offCall = Collections.synchronizedList(new ArrayList<>());

        List<CompletableFuture<Void>> both = new ArrayList<>();
        for (String name : List.of("alice", "bob")) {
            AtomicInteger attempt = new AtomicInteger();
            both.add(async(() -> retrying.inSerializable(c -> {
                long onCall;
                try (Statement statement = c.createStatement();
                        ResultSet row = statement.executeQuery("SELECT count(*) FROM doctors WHERE on_call")) {
                    row.next();
                    onCall = row.getLong(1);
                }
                if (attempt.incrementAndGet() == 1) {
                    await(bothCounted); // both first attempts count 2 before either writes
                }
                if (onCall >= 2) {
                    try (PreparedStatement leave = c.prepareStatement("UPDATE doctors SET on_call = false WHERE name = ?")) {
                        leave.setString(1, name);
                        leave.executeUpdate();
                    }
                    offCall.add(name);
                }
                return null;
            })));
        }
        CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(queryLong("SELECT count(*) FROM doctors WHERE on_call"))
                .as("doctors still on call after alice and bob each went off call if \"at least 2 are on call\","
                        + " counted at the same time: below SERIALIZABLE both commit (write skew) and nobody is left;"
                        + " at SERIALIZABLE one fails with 40001 and its retry sees 1 on call; " + README)
                .isEqualTo(1);
    }

    // ---- what the isolation levels let a transaction see ----

    @Test
    void read_committed_sees_a_change_committed_between_two_reads() throws SQLException {
        accounts(100);
        List<Long> reads = new IsolationDemo(pool).readTwice(1, Connection.TRANSACTION_READ_COMMITTED, this::depositFifty);

        assertThat(reads).as("the two reads of readTwice at READ COMMITTED while another connection commits +50 in"
                + " between: each statement sees what was committed before it started (a non-repeatable read); " + README)
                .containsExactly(100L, 150L);
    }

    @Test
    void repeatable_read_sees_the_same_value_twice_in_one_transaction() throws SQLException {
        accounts(100);
        List<Long> reads = new IsolationDemo(pool).readTwice(1, Connection.TRANSACTION_REPEATABLE_READ, this::depositFifty);

        assertThat(reads).as("the two reads of readTwice at REPEATABLE READ while another connection commits +50 in"
                + " between: one snapshot for the whole transaction, so both reads say 100. [100, 150] means the level"
                + " was not set, or the reads ran in two transactions (auto-commit on); " + README)
                .containsExactly(100L, 100L);
        assertThat(balances().get(0)).as("the balance once both transactions ended").isEqualTo(150L);
    }

    // ---- helpers ----

    /** The call's result; a retryable SQLException that escaped it fails the check with what to fix. */
    private static <T> T retryable(SqlValue<T> call) {
        try {
            return call.get();
        } catch (SQLException e) {
            throw new AssertionError("inSerializable threw SQLSTATE " + e.getSQLState() + " (" + e.getMessage() + "):"
                    + " 40001 (serialization_failure) and 40P01 (deadlock_detected) are to be retried, not rethrown; "
                    + README, e);
        }
    }

    private void depositFifty() {
        try {
            sql("UPDATE accounts SET balance_cents = balance_cents + 50 WHERE id = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accounts 1, 2, ... with these balances. */
    private static void accounts(long... balances) throws SQLException {
        try (Connection connection = db.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (id, owner, balance_cents) VALUES (?, ?, ?)")) {
            for (int i = 0; i < balances.length; i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, "owner " + (i + 1));
                insert.setLong(3, balances[i]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Long> balances() throws SQLException {
        List<Long> balances = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT balance_cents FROM accounts ORDER BY id")) {
            while (rows.next()) {
                balances.add(rows.getLong(1));
            }
        }
        return balances;
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Sessions of this database waiting for a lock another session holds (pg_stat_activity). */
    private static long waitingOnLocks() {
        try {
            return queryLong("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String sql) throws SQLException {
        try (Connection connection = db.connect()) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5); // a test statement never hangs a check on a lock
            statement.execute(sql);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other deposit never reached its read (hook.afterRead) within "
                    + WAIT.toMillis() + " ms: " + e, e);
        }
    }

    @FunctionalInterface
    private interface SqlCall {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlValue<T> {
        T get() throws SQLException;
    }

    private CompletableFuture<Void> async(SqlCall call) {
        return CompletableFuture.runAsync(() -> {
            try {
                call.run();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
    }

    private <T> CompletableFuture<T> asyncValue(SqlValue<T> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.get();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
    }

    /** A random that always draws the highest value allowed: the backoff then equals its cap. */
    private static RandomGenerator highest() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }

            @Override
            public long nextLong(long origin, long bound) {
                return bound - 1;
            }
        };
    }

    private static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }
}
