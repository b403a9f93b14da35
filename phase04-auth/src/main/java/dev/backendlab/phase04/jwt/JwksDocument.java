package dev.backendlab.phase04.jwt;

import dev.backendlab.grader.NotImplementedYetException;

/** The JWKS document an issuer publishes, so that every API can verify its tokens. */
public final class JwksDocument {

    private JwksDocument() {
    }

    /**
     * The JWK Set (RFC 7517 section 5) that publishes the verification keys of {@code keys}:
     * {@code {"keys":[...]}}, one RSA public JWK per key not retired, each with its {@code kid},
     * {@code "alg":"RS256"} and {@code "use":"sig"}. Public members only: never {@code d}, {@code p},
     * {@code q}, {@code dp}, {@code dq}, {@code qi}.
     */
    public static String json(KeyRing keys) {
        // TODO for each of keys.verificationKeys(): Jwks.builder().key((RSAPublicKey) publicKey).id(kid)
        //  .algorithm("RS256").add("use", "sig").build(), then Jwks.json(jwk); join them inside {"keys":[ ... ]}
        throw new NotImplementedYetException("publish the public keys as a JWK Set", "Exercise 2: JWT");
    }
}
