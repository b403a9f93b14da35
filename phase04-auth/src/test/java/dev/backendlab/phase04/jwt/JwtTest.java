package dev.backendlab.phase04.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.grader.Exercise;
import dev.backendlab.phase04.jwt.TokenRejectedException.Reason;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.JwkSet;
import io.jsonwebtoken.security.Jwks;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise(order = 2, title = "JWT", topics = {"JWT"})
@DisplayName("Exercise 2: JWT")
class JwtTest {

    static final String ISSUER = "https://auth.lab.test";
    static final String AUDIENCE = "books-api";
    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    static final Duration SKEW = Duration.ofSeconds(30);
    static final Duration LIFETIME = Duration.ofMinutes(15);

    static final KeyPair K1 = Jwts.SIG.RS256.keyPair().build();
    static final KeyPair K2 = Jwts.SIG.RS256.keyPair().build();
    static final KeyPair ATTACKER = Jwts.SIG.RS256.keyPair().build();

    static final ObjectMapper JSON = new ObjectMapper();
    static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static AccessTokenVerifier verifier(KeyRing ring, Instant now) {
        return new AccessTokenVerifier(ring, at(now), ISSUER, AUDIENCE, SKEW);
    }

    static Reason rejection(Runnable verify, String token) {
        TokenRejectedException e = catchThrowableOfType(TokenRejectedException.class, verify::run);
        assertThat(e).as("verifying this token must throw TokenRejectedException, it was accepted:%n  %s", token).isNotNull();
        return e.reason();
    }

    // ---- hand-made tokens, so the verifier is graded on its own, independent of the issuer ----

    static Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        if (kid != null) {
            header.put("kid", kid);
        }
        return header;
    }

    static Map<String, Object> claims(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "ada");
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("iat", NOW.getEpochSecond());
        claims.put("nbf", NOW.getEpochSecond());
        claims.put("exp", NOW.plus(LIFETIME).getEpochSecond());
        claims.put("jti", "token-1");
        claims.put("roles", List.of("editor"));
        change.accept(claims);
        return claims;
    }

    static String part(Object json) {
        try {
            return B64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs(String alg, PrivateKey key, Map<String, Object> header, Map<String, Object> claims) {
        String input = part(header) + "." + part(claims);
        try {
            Signature signature = Signature.getInstance(alg.equals("RS512") ? "SHA512withRSA" : "SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64URL.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(PrivateKey key, Map<String, Object> header, Map<String, Object> claims) {
        return rs("RS256", key, header, claims);
    }

    static String hmac(String alg, byte[] secret, Map<String, Object> header, Map<String, Object> claims) {
        String input = part(header) + "." + part(claims);
        try {
            String jca = "Hmac" + alg.replace("HS", "SHA");
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec(secret, jca));
            return input + "." + B64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String valid(Consumer<Map<String, Object>> change) {
        return rs256(K1.getPrivate(), header("RS256", "k1"), claims(change));
    }

    static Map<String, Object> publicJwk(PublicKey key) {
        RSAPublicKey rsa = (RSAPublicKey) key;
        return Map.of("kty", "RSA", "n", unsigned(rsa.getModulus().toByteArray()), "e", unsigned(rsa.getPublicExponent().toByteArray()));
    }

    static String unsigned(byte[] bigEndian) {
        int skip = bigEndian.length > 1 && bigEndian[0] == 0 ? 1 : 0;
        return B64URL.encodeToString(java.util.Arrays.copyOfRange(bigEndian, skip, bigEndian.length));
    }

    @Nested
    @DisplayName("issuing")
    class Issuing {

        final KeyRing ring = new KeyRing("k1", K1);
        final AccessTokenIssuer issuer = new AccessTokenIssuer(ring, at(NOW), ISSUER, AUDIENCE, LIFETIME);

        Jws<Claims> parse(String token) {
            return Jwts.parser().verifyWith(K1.getPublic()).clock(() -> Date.from(NOW)).build().parseSignedClaims(token);
        }

        @Test
        void the_header_names_rs256_and_the_current_kid() {
            Jws<Claims> jws = parse(issuer.issue("ada", List.of("editor")));
            assertThat(jws.getHeader().getAlgorithm()).as("header alg").isEqualTo("RS256");
            assertThat(jws.getHeader().getKeyId()).as("header kid: which key of the ring signed it").isEqualTo("k1");
        }

        @Test
        void the_token_carries_sub_iss_aud_iat_nbf_exp_jti_and_roles() {
            Claims claims = parse(issuer.issue("ada", List.of("editor", "viewer"))).getPayload();
            assertThat(claims.getSubject()).as("sub").isEqualTo("ada");
            assertThat(claims.getIssuer()).as("iss").isEqualTo(ISSUER);
            assertThat(claims.getAudience()).as("aud").containsExactly(AUDIENCE);
            assertThat(claims.getIssuedAt().toInstant()).as("iat: now, from the injected clock").isEqualTo(NOW);
            assertThat(claims.getNotBefore().toInstant()).as("nbf: now").isEqualTo(NOW);
            assertThat(claims.getExpiration().toInstant()).as("exp: now + lifetime (15 min)").isEqualTo(NOW.plus(LIFETIME));
            assertThat(claims.getId()).as("jti: a random UUID").matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(claims.get("roles")).as("roles: a JSON array of strings").isEqualTo(List.of("editor", "viewer"));
        }

        @Test
        void every_token_gets_its_own_jti() {
            String first = parse(issuer.issue("ada", List.of())).getPayload().getId();
            String second = parse(issuer.issue("ada", List.of())).getPayload().getId();
            assertThat(first).as("jti identifies one token (for revocation lists and replay detection)").isNotEqualTo(second);
        }
    }

    @Nested
    @DisplayName("verifying")
    class Verifying {

        final KeyRing ring = new KeyRing("k1", K1);
        final AccessTokenVerifier verifier = verifier(ring, NOW);

        Reason reject(String token) {
            return rejection(() -> verifier.verify(token), token);
        }

        @Test
        void a_valid_token_verifies_to_its_claims() {
            VerifiedToken verified = verifier.verify(valid(c -> c.put("roles", List.of("editor", "viewer"))));
            assertThat(verified).isEqualTo(new VerifiedToken("ada", ISSUER, Set.of(AUDIENCE), List.of("editor", "viewer"),
                    "token-1", NOW, NOW, NOW.plus(LIFETIME), "k1"));
        }

        @Test
        void an_audience_array_that_contains_ours_is_accepted() {
            VerifiedToken verified = verifier.verify(valid(c -> c.put("aud", List.of("other-api", AUDIENCE))));
            assertThat(verified.audience()).isEqualTo(Set.of("other-api", AUDIENCE));
        }

        @Test
        void expired_within_the_allowed_skew_is_still_accepted() {
            VerifiedToken verified = verifier.verify(valid(c -> c.put("exp", NOW.minusSeconds(20).getEpochSecond())));
            assertThat(verified.expiresAt()).as("exp 20 s ago, skew 30 s: clocks of two servers may differ that much")
                    .isEqualTo(NOW.minusSeconds(20));
        }

        @Test
        void expired_beyond_the_skew_is_rejected_as_expired() {
            assertThat(reject(valid(c -> c.put("exp", NOW.minusSeconds(31).getEpochSecond()))))
                    .as("exp 31 s ago with a 30 s skew (time from the injected Clock, not the system clock)").isEqualTo(Reason.EXPIRED);
        }

        @Test
        void not_before_within_the_skew_is_accepted() {
            VerifiedToken verified = verifier.verify(valid(c -> c.put("nbf", NOW.plusSeconds(20).getEpochSecond())));
            assertThat(verified.notBefore()).isEqualTo(NOW.plusSeconds(20));
        }

        @Test
        void not_before_beyond_the_skew_is_rejected_as_not_yet_valid() {
            assertThat(reject(valid(c -> c.put("nbf", NOW.plusSeconds(31).getEpochSecond())))).isEqualTo(Reason.NOT_YET_VALID);
        }

        @Test
        void another_issuer_is_rejected() {
            assertThat(reject(valid(c -> c.put("iss", "https://evil.test")))).isEqualTo(Reason.WRONG_ISSUER);
        }

        @Test
        void a_missing_issuer_is_rejected() {
            assertThat(reject(valid(c -> c.remove("iss")))).as("iss is required, not optional").isEqualTo(Reason.WRONG_ISSUER);
        }

        @Test
        void another_audience_is_rejected() {
            assertThat(reject(valid(c -> c.put("aud", "payments-api"))))
                    .as("a token for another API must not be replayed here").isEqualTo(Reason.WRONG_AUDIENCE);
        }

        @Test
        void a_missing_audience_is_rejected() {
            assertThat(reject(valid(c -> c.remove("aud")))).isEqualTo(Reason.WRONG_AUDIENCE);
        }

        @Test
        void alg_none_is_rejected_as_unsigned() {
            String token = part(header("none", "k1")) + "." + part(claims(c -> c.put("roles", List.of("admin")))) + ".";
            assertThat(reject(token)).as("alg=none: the token has no signature at all").isEqualTo(Reason.UNSIGNED);
        }

        @Test
        void a_changed_payload_is_rejected() {
            String[] parts = valid(c -> { }).split("\\.");
            String forged = parts[0] + "." + part(claims(c -> c.put("roles", List.of("admin")))) + "." + parts[2];
            assertThat(reject(forged)).as("roles changed to admin, signature kept").isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void a_changed_signature_is_rejected() {
            String token = valid(c -> { });
            int middle = token.lastIndexOf('.') + 20;
            char flipped = token.charAt(middle) == 'A' ? 'B' : 'A';
            String forged = token.substring(0, middle) + flipped + token.substring(middle + 1);
            assertThat(reject(forged)).isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void a_token_signed_by_another_key_under_our_kid_is_rejected() {
            String forged = rs256(ATTACKER.getPrivate(), header("RS256", "k1"), claims(c -> { }));
            assertThat(reject(forged)).isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void the_signature_is_checked_before_the_claims() {
            String forged = rs256(ATTACKER.getPrivate(), header("RS256", "k1"), claims(c -> c.put("exp", NOW.minusSeconds(3600).getEpochSecond())));
            assertThat(reject(forged)).as("a forged AND expired token: nothing in an unverified payload may be trusted, "
                    + "not even to report it expired").isEqualTo(Reason.BAD_SIGNATURE);
        }

        @ParameterizedTest(name = "HMAC key = the RSA public key as {0}")
        @ValueSource(strings = {"PEM", "DER"})
        void an_rs256_token_re_signed_as_hs256_with_the_public_key_is_rejected(String encoding) {
            byte[] der = K1.getPublic().getEncoded();
            byte[] secret = encoding.equals("DER") ? der
                    : ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                       + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII);
            String forged = hmac("HS256", secret, header("HS256", "k1"), claims(c -> c.put("roles", List.of("admin"))));
            assertThat(reject(forged)).as("key confusion: the public key is public, so anyone can compute this HMAC; "
                    + "the algorithm must come from the key, never from the token's header").isEqualTo(Reason.ALGORITHM_MISMATCH);
        }

        @Test
        void another_rsa_algorithm_than_the_key_is_for_is_rejected() {
            String token = rs("RS512", K1.getPrivate(), header("RS512", "k1"), claims(c -> { }));
            assertThat(reject(token)).as("the key ring's keys are RS256 keys").isEqualTo(Reason.ALGORITHM_MISMATCH);
        }

        @Test
        void an_unknown_kid_is_rejected() {
            assertThat(reject(rs256(K1.getPrivate(), header("RS256", "k9"), claims(c -> { })))).isEqualTo(Reason.UNKNOWN_KEY);
        }

        @Test
        void a_missing_kid_is_rejected() {
            assertThat(reject(rs256(K1.getPrivate(), header("RS256", null), claims(c -> { })))).isEqualTo(Reason.UNKNOWN_KEY);
        }

        @Test
        void a_header_carrying_its_own_jwk_is_rejected() {
            Map<String, Object> header = header("RS256", "k1");
            header.put("jwk", publicJwk(ATTACKER.getPublic()));
            String forged = rs256(ATTACKER.getPrivate(), header, claims(c -> c.put("roles", List.of("admin"))));
            assertThat(reject(forged)).as("a token may not bring the key that verifies it (CVE-2018-0114 style)")
                    .isEqualTo(Reason.EMBEDDED_KEY);
        }

        @Test
        void a_header_pointing_at_its_own_jku_is_rejected() {
            Map<String, Object> header = header("RS256", "k1");
            header.put("jku", "https://evil.test/jwks.json");
            String forged = rs256(ATTACKER.getPrivate(), header, claims(c -> c.put("roles", List.of("admin"))));
            assertThat(reject(forged)).as("keys come from our key ring, never from a URL the token names").isEqualTo(Reason.EMBEDDED_KEY);
        }

        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {"not-a-jwt", "a.b.c", "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.%%%.c2ln"})
        void garbage_is_rejected_as_malformed(String token) {
            assertThat(reject(token)).isEqualTo(Reason.MALFORMED);
        }

        @Test
        void roles_that_are_not_an_array_of_strings_are_malformed() {
            assertThat(reject(valid(c -> c.put("roles", "admin")))).as("roles: \"admin\" (a string, not an array)").isEqualTo(Reason.MALFORMED);
        }
    }

    @Nested
    @DisplayName("key rotation and JWKS")
    class Rotation {

        final KeyRing ring = new KeyRing("k1", K1);
        final AccessTokenIssuer issuer = new AccessTokenIssuer(ring, at(NOW), ISSUER, AUDIENCE, LIFETIME);

        @Test
        void after_rotation_new_tokens_use_the_new_key_and_old_tokens_still_verify() {
            String old = issuer.issue("ada", List.of("viewer"));
            ring.rotate("k2", K2);
            String fresh = issuer.issue("ada", List.of("viewer"));
            AccessTokenVerifier verifier = verifier(ring, NOW.plusSeconds(60));
            assertThat(verifier.verify(fresh).keyId()).as("signed with the new current key").isEqualTo("k2");
            assertThat(verifier.verify(old).keyId()).as("a token signed before the rotation keeps working until it expires").isEqualTo("k1");
        }

        @Test
        void a_retired_key_no_longer_verifies() {
            String old = issuer.issue("ada", List.of("viewer"));
            ring.rotate("k2", K2);
            String fresh = issuer.issue("ada", List.of("viewer"));
            ring.retire("k1");
            AccessTokenVerifier verifier = verifier(ring, NOW.plusSeconds(60));
            assertThat(rejection(() -> verifier.verify(old), old)).isEqualTo(Reason.UNKNOWN_KEY);
            assertThat(verifier.verify(fresh).subject()).isEqualTo("ada");
        }

        List<Map<String, Object>> keys(String jwks) throws Exception {
            Map<String, List<Map<String, Object>>> set = JSON.readValue(jwks, new TypeReference<>() { });
            assertThat(set).as("a JWK Set is {\"keys\":[...]} (RFC 7517 section 5)").containsOnlyKeys("keys");
            return set.get("keys");
        }

        @Test
        void the_jwks_publishes_one_rsa_public_key_per_active_kid() throws Exception {
            ring.rotate("k2", K2);
            List<Map<String, Object>> keys = keys(JwksDocument.json(ring));
            assertThat(keys).extracting(k -> k.get("kid")).containsExactlyInAnyOrder("k1", "k2");
            for (Map<String, Object> key : keys) {
                PublicKey expected = key.get("kid").equals("k1") ? K1.getPublic() : K2.getPublic();
                assertThat(key).as("JWK %s", key.get("kid"))
                        .containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsEntry("use", "sig")
                        .containsEntry("n", publicJwk(expected).get("n")).containsEntry("e", publicJwk(expected).get("e"));
            }
        }

        @Test
        void the_jwks_has_no_private_members() throws Exception {
            for (Map<String, Object> key : keys(JwksDocument.json(ring))) {
                assertThat(key.keySet()).as("a published JWK must hold only public members (RFC 7518 section 6.3.2 lists the private ones)")
                        .doesNotContain("d", "p", "q", "dp", "dq", "qi", "oth", "k");
            }
        }

        @Test
        void a_retired_key_leaves_the_jwks() throws Exception {
            ring.rotate("k2", K2);
            ring.retire("k1");
            assertThat(keys(JwksDocument.json(ring))).extracting(k -> k.get("kid")).containsExactly("k2");
        }

        @Test
        void a_resource_server_can_verify_tokens_with_the_published_jwks_alone() {
            String token = issuer.issue("ada", List.of("viewer"));
            JwkSet set = Jwks.setParser().build().parse(JwksDocument.json(ring));
            Jwk<?> jwk = set.getKeys().stream().filter(k -> "k1".equals(k.getId())).findFirst().orElseThrow();
            Claims claims = Jwts.parser().verifyWith((PublicKey) jwk.toKey()).clock(() -> Date.from(NOW)).build()
                    .parseSignedClaims(token).getPayload();
            assertThat(claims.getSubject()).isEqualTo("ada");
        }
    }

    @Nested
    @DisplayName("HMAC (HS256)")
    class Hmac {

        // RFC 7515 Appendix A.1: the example JWS and its symmetric key.
        static final String RFC_7515_A1 = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        static final byte[] RFC_7515_A1_KEY = Base64.getUrlDecoder().decode(
                "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
        static final Instant A1_EXP = Instant.ofEpochSecond(1300819380);

        final byte[] secret = "a 256-bit secret for the lab, 32+ bytes long".getBytes(StandardCharsets.US_ASCII);

        Reason reject(HmacTokens tokens, String token) {
            return rejection(() -> tokens.verify(token), token);
        }

        @Test
        void the_rfc_7515_appendix_a1_example_verifies_with_its_key() {
            Map<String, Object> claims = new HmacTokens(RFC_7515_A1_KEY, at(A1_EXP.minusSeconds(60)), Duration.ZERO).verify(RFC_7515_A1);
            assertThat(claims).containsEntry("iss", "joe").containsEntry("http://example.com/is_root", true);
        }

        @Test
        void the_rfc_7515_example_is_expired_after_its_exp() {
            HmacTokens tokens = new HmacTokens(RFC_7515_A1_KEY, at(A1_EXP.plusSeconds(1)), Duration.ZERO);
            assertThat(reject(tokens, RFC_7515_A1)).isEqualTo(Reason.EXPIRED);
        }

        @Test
        void the_rfc_7515_example_fails_under_another_key() {
            HmacTokens tokens = new HmacTokens(secret, at(A1_EXP.minusSeconds(60)), Duration.ZERO);
            assertThat(reject(tokens, RFC_7515_A1)).isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void sign_then_verify_round_trips_with_an_hs256_header() {
            HmacTokens tokens = new HmacTokens(secret, at(NOW), SKEW);
            String token = tokens.sign(Map.of("sub", "ada", "scope", "books:read"));
            assertThat(new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8))
                    .as("the header").contains("\"alg\":\"HS256\"");
            assertThat(tokens.verify(token)).containsEntry("sub", "ada").containsEntry("scope", "books:read");
        }

        @Test
        void another_hmac_algorithm_under_the_same_secret_is_rejected() {
            HmacTokens tokens = new HmacTokens(secret, at(NOW), SKEW);
            String token = hmac("HS384", secret, header("HS384", null), Map.of("sub", "ada"));
            assertThat(reject(tokens, token)).as("this verifier is HS256 only").isEqualTo(Reason.ALGORITHM_MISMATCH);
        }

        @Test
        void alg_none_is_rejected_as_unsigned() {
            HmacTokens tokens = new HmacTokens(secret, at(NOW), SKEW);
            String token = part(header("none", null)) + "." + part(Map.of("sub", "ada")) + ".";
            assertThat(reject(tokens, token)).isEqualTo(Reason.UNSIGNED);
        }
    }
}
