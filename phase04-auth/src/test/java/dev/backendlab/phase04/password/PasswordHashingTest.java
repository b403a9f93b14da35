package dev.backendlab.phase04.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.backendlab.grader.Exercise;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 1, title = "Password hashing", topics = {"Password Hashing"})
@DisplayName("Exercise 1: Password hashing")
class PasswordHashingTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    @Nested
    @DisplayName("PBKDF2-HMAC-SHA256")
    class Pbkdf2 {

        private final Pbkdf2Hasher hasher = new Pbkdf2Hasher(1_000, RANDOM);

        // Published PBKDF2-HMAC-SHA256 test vectors: the first five are the widely reproduced SHA-256
        // counterparts of RFC 6070's inputs, the last two are from RFC 7914 section 11.
        @ParameterizedTest(name = "P=\"{0}\" S=\"{1}\" c={2} dkLen={3}")
        @CsvSource(delimiter = '|', value = {
            "password|salt|1|32|120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
            "password|salt|2|32|ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
            "password|salt|4096|32|c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
            "passwordPASSWORDpassword|saltSALTsaltSALTsaltSALTsaltSALTsalt|4096|40|348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9",
            "pass\\0word|sa\\0lt|4096|16|89b69d0516f829893c696226650a8687",
            "passwd|salt|1|64|55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
            "Password|NaCl|80000|64|4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
        })
        void pbkdf2_matches_the_published_test_vector(String password, String salt, int iterations, int keyBytes, String expectedHex) {
            char[] p = password.replace("\\0", "\0").toCharArray();
            byte[] s = salt.replace("\\0", "\0").getBytes(StandardCharsets.UTF_8);
            byte[] derived = Pbkdf2Hasher.pbkdf2(p, s, iterations, keyBytes);
            assertThat(HexFormat.of().formatHex(derived))
                    .as("PBKDF2-HMAC-SHA256 of this published vector (RFC 8018 section 5.2; keyBytes is in bytes, PBEKeySpec wants bits)")
                    .isEqualTo(expectedHex);
        }

        @Test
        void hash_is_a_phc_string_with_a_16_byte_salt_and_a_32_byte_pbkdf2_hash() {
            String stored = hasher.hash("correct horse".toCharArray());
            assertThat(stored).as("the stored form $pbkdf2-sha256$i=<iterations>$<B64 salt>$<B64 hash>, B64 without padding")
                    .matches("\\$pbkdf2-sha256\\$i=1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
            String[] fields = stored.split("\\$");
            byte[] salt = Base64.getDecoder().decode(fields[3]);
            assertThat(fields[4]).as("the hash field must be PBKDF2-HMAC-SHA256(password, the stored salt, 1000 iterations, 32 bytes)")
                    .isEqualTo(B64.encodeToString(Pbkdf2Hasher.pbkdf2("correct horse".toCharArray(), salt, 1000, 32)));
        }

        @Test
        void the_default_work_factor_is_owasp_s_600000_iterations() {
            String stored = new Pbkdf2Hasher().hash("pw".toCharArray());
            assertThat(stored).as("new Pbkdf2Hasher() is the production setting: OWASP's 600,000 iterations for PBKDF2-HMAC-SHA256")
                    .startsWith("$pbkdf2-sha256$i=600000$");
        }

        @Test
        void every_hash_gets_its_own_random_salt() {
            String first = hasher.hash("same password".toCharArray());
            String second = hasher.hash("same password".toCharArray());
            assertThat(first.split("\\$")[3]).as("two hashes of the same password must have different salts, else equal passwords show in the table")
                    .isNotEqualTo(second.split("\\$")[3]);
            assertThat(hasher.verify("same password".toCharArray(), first)).isTrue();
            assertThat(hasher.verify("same password".toCharArray(), second)).isTrue();
        }

        @Test
        void verify_accepts_the_password_and_rejects_any_other() {
            String stored = hasher.hash("Tr0ub4dor&3".toCharArray());
            assertThat(hasher.verify("Tr0ub4dor&3".toCharArray(), stored)).as("the right password").isTrue();
            assertThat(hasher.verify("tr0ub4dor&3".toCharArray(), stored)).as("a case change").isFalse();
            assertThat(hasher.verify("Tr0ub4dor&".toCharArray(), stored)).as("a prefix").isFalse();
            assertThat(hasher.verify(new char[0], stored)).as("the empty password").isFalse();
        }

        @Test
        void verify_uses_the_iterations_and_length_named_in_the_stored_hash() {
            // A hash written elsewhere with other parameters: 4096 iterations and 40 bytes (a published vector).
            String stored = "$pbkdf2-sha256$i=4096$"
                    + B64.encodeToString("saltSALTsaltSALTsaltSALTsaltSALTsalt".getBytes(StandardCharsets.US_ASCII)) + "$"
                    + B64.encodeToString(HexFormat.of().parseHex("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"));
            assertThat(hasher.verify("passwordPASSWORDpassword".toCharArray(), stored))
                    .as("verify must recompute with i=4096 and 40 bytes from the stored string, not this hasher's 1000 and 32")
                    .isTrue();
            assertThat(hasher.verify("passwordPASSWORDpasswore".toCharArray(), stored)).isFalse();
        }

        @Test
        void a_hash_made_with_other_iterations_needs_rehash() {
            String stored = hasher.hash("pw".toCharArray());
            assertThat(hasher.needsRehash(stored)).as("a hash made with this hasher's own parameters").isFalse();
            assertThat(new Pbkdf2Hasher(2_000, RANDOM).needsRehash(stored)).as("stored i=1000, hasher now at 2000").isTrue();
            assertThat(new Pbkdf2Hasher(500, RANDOM).needsRehash(stored)).as("stored i=1000, hasher now at 500").isTrue();
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {
            "",
            "plaintext-password",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$$",
            "$pbkdf2-sha256$$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=abc$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=0$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=-5$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=99999999999$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=2000000000$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=1000$c2Fs*HNhbHRz$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$MTIz",
            "$pbkdf2-sha1$i=1000$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
            "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
        })
        void a_malformed_stored_hash_is_a_clear_error_never_a_crash(String stored) {
            assertThatExceptionOfType(MalformedHashException.class)
                    .as("verify(\"pw\", \"%s\"): a corrupt stored hash is a MalformedHashException, never false "
                            + "(that would look like a wrong password) and never an index or number parsing crash", stored)
                    .isThrownBy(() -> hasher.verify("pw".toCharArray(), stored));
        }
    }

    @Nested
    @DisplayName("PHC string format")
    class Phc {

        @Test
        void parse_reads_id_parameters_salt_and_hash() {
            PhcString phc = PhcString.parse("$pbkdf2-sha256$i=4096$c2FsdA$3q2+7w");
            assertThat(phc.id()).isEqualTo("pbkdf2-sha256");
            assertThat(phc.params()).isEqualTo(Map.of("i", "4096"));
            assertThat(phc.salt()).as("B64 'c2FsdA' is the bytes of \"salt\"").isEqualTo("salt".getBytes(StandardCharsets.US_ASCII));
            assertThat(phc.hash()).as("B64 '3q2+7w' is de ad be ef").isEqualTo(HexFormat.of().parseHex("deadbeef"));
        }

        @Test
        void format_writes_b64_without_padding_and_parameters_in_order() {
            var params = new java.util.LinkedHashMap<String, String>();
            params.put("m", "65536");
            params.put("t", "3");
            String text = new PhcString("argon2id", params, "salt".getBytes(StandardCharsets.US_ASCII),
                    HexFormat.of().parseHex("deadbeef")).format();
            assertThat(text).isEqualTo("$argon2id$m=65536,t=3$c2FsdA$3q2+7w");
        }
    }

    @Nested
    @DisplayName("bcrypt")
    class Bcrypt {

        private final BcryptHasher hasher = new BcryptHasher(4, RANDOM);

        @ParameterizedTest(name = "password \"{0}\"")
        @CsvSource(delimiter = '|', emptyValue = "", value = {
            "''|$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
            "a|$2a$06$m0CrhHm10qJ3lXRY.5zDGO3rS2KdeeWLuGmsfGlMfOxih58VYVfxe",
            "abc|$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
        })
        void verifies_the_openbsd_test_vectors(String password, String stored) {
            assertThat(hasher.verify(password.toCharArray(), stored))
                    .as("a published bcrypt hash of \"%s\" (OpenBSD / jBCrypt test vectors) must verify", password)
                    .isTrue();
            assertThat(hasher.verify((password + "x").toCharArray(), stored)).as("and another password must not").isFalse();
        }

        @Test
        void hash_is_2b_with_the_configured_cost_and_verifies() {
            String stored = hasher.hash("hunter2".toCharArray());
            assertThat(stored).as("the modular crypt format $2b$<two-digit cost>$<53 chars>").matches("\\$2b\\$04\\$[./A-Za-z0-9]{53}");
            assertThat(hasher.verify("hunter2".toCharArray(), stored)).isTrue();
            assertThat(hasher.verify("hunter3".toCharArray(), stored)).isFalse();
        }

        @Test
        void the_default_cost_is_12() {
            assertThat(new BcryptHasher().hash("pw".toCharArray()))
                    .as("new BcryptHasher() is the production setting: cost 12 (OWASP asks for 10 or more)")
                    .startsWith("$2b$12$");
        }

        @Test
        void a_password_of_exactly_72_bytes_is_accepted() {
            String password = "é".repeat(36); // 2 bytes each in UTF-8
            String stored = hasher.hash(password.toCharArray());
            assertThat(hasher.verify(password.toCharArray(), stored)).isTrue();
        }

        @Test
        void a_password_over_72_bytes_is_refused_not_truncated() {
            String password = "é".repeat(36) + "x"; // 37 chars, 73 bytes
            assertThatExceptionOfType(PasswordTooLongException.class)
                    .as("bcrypt reads 72 bytes and Bouncy Castle silently drops the rest; count UTF-8 BYTES, not chars, and refuse")
                    .isThrownBy(() -> hasher.hash(password.toCharArray()));
        }

        @Test
        void a_password_over_72_bytes_never_matches_by_its_first_72() {
            String prefix = "a".repeat(72);
            String stored = hasher.hash(prefix.toCharArray());
            assertThat(hasher.verify((prefix + "anything").toCharArray(), stored))
                    .as("the library alone would say true here: only the first 72 bytes are compared")
                    .isFalse();
        }

        @Test
        void a_hash_with_another_cost_or_version_needs_rehash() {
            String stored = hasher.hash("pw".toCharArray());
            assertThat(hasher.needsRehash(stored)).as("made by this hasher").isFalse();
            assertThat(new BcryptHasher(5, RANDOM).needsRehash(stored)).as("cost 04 stored, hasher now at 05").isTrue();
            assertThat(hasher.needsRehash("$2a$04$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s."))
                    .as("a $2a$ hash, even at the same cost").isTrue();
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {
            "",
            "$2b$04$short",
            "$2x$04$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
            "$2b$99$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
            "$2b$4$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
            "$2b$04$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s!",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI",
        })
        void a_malformed_stored_hash_is_a_clear_error(String stored) {
            assertThatExceptionOfType(MalformedHashException.class)
                    .as("verify(\"pw\", \"%s\") must throw MalformedHashException", stored)
                    .isThrownBy(() -> hasher.verify("pw".toCharArray(), stored));
        }
    }

    @Nested
    @DisplayName("rehash on login")
    class Login {

        private final CredentialStore store = new CredentialStore();
        private final Pbkdf2Hasher old = new Pbkdf2Hasher(1_000, RANDOM);
        private final Pbkdf2Hasher current = new Pbkdf2Hasher(2_000, RANDOM);

        @Test
        void a_successful_login_replaces_an_outdated_hash() {
            store.save("ada", old.hash("lovelace".toCharArray()));
            assertThat(new RehashingLogin(store, current).login("ada", "lovelace".toCharArray())).isTrue();
            String upgraded = store.storedHash("ada").orElseThrow();
            assertThat(upgraded).as("after the login the stored hash uses the hasher's new parameters").startsWith("$pbkdf2-sha256$i=2000$");
            assertThat(current.verify("lovelace".toCharArray(), upgraded)).as("and still verifies the password").isTrue();
        }

        @Test
        void a_wrong_password_changes_nothing() {
            String stored = old.hash("lovelace".toCharArray());
            store.save("ada", stored);
            assertThat(new RehashingLogin(store, current).login("ada", "babbage".toCharArray())).isFalse();
            assertThat(store.storedHash("ada")).as("a failed login must not touch the stored hash").contains(stored);
        }

        @Test
        void an_up_to_date_hash_is_left_alone() {
            String stored = current.hash("lovelace".toCharArray());
            store.save("ada", stored);
            assertThat(new RehashingLogin(store, current).login("ada", "lovelace".toCharArray())).isTrue();
            assertThat(store.storedHash("ada")).as("no rehash needed, no write").contains(stored);
        }

        @Test
        void an_unknown_user_is_not_authenticated() {
            assertThat(new RehashingLogin(store, current).login("nobody", "pw".toCharArray())).isFalse();
            assertThat(store.storedHash("nobody")).isEmpty();
        }
    }
}
