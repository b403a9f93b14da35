package dev.backendlab.phase04.password;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt through Bouncy Castle's {@link OpenBSDBCrypt}, stored in the modular crypt format
 * {@code $2b$<cost>$<22 chars salt><31 chars hash>}.
 *
 * <p>bcrypt reads at most 72 bytes of password and the library silently ignores the rest, so two
 * long passwords sharing their first 72 bytes would be the same password. This hasher refuses them
 * instead ({@link PasswordTooLongException}), and never reports a match for one.
 *
 * <p>A stored hash is malformed ({@link MalformedHashException}) unless it is {@code $2a$}, {@code $2b$}
 * or {@code $2y$}, two cost digits in 04..31, {@code $}, and 53 characters of {@code ./A-Za-z0-9}.
 */
public final class BcryptHasher implements PasswordHasher {

    /** OWASP asks for a cost of at least 10; 12 is a common production value. */
    public static final int DEFAULT_COST = 12;
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern MCF = Pattern.compile("\\$(2[aby])\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private final int cost;
    private final SecureRandom random;

    public BcryptHasher() {
        this(DEFAULT_COST, new SecureRandom());
    }

    /**
     * @param cost log2 of the rounds, 4 to 31; tests use 4 to stay fast
     * @throws IllegalArgumentException if {@code cost} is outside 4..31
     */
    public BcryptHasher(int cost, SecureRandom random) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be in 4..31");
        }
        this.cost = cost;
        this.random = random;
    }

    /** @throws PasswordTooLongException if the password is over 72 bytes in UTF-8 */
    @Override
    public String hash(char[] password) {
        int bytes = utf8Length(password);
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new PasswordTooLongException(bytes, MAX_PASSWORD_BYTES);
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password, salt, cost);
    }

    /** A password over 72 bytes never matches: it could only match by its truncation. */
    @Override
    public boolean verify(char[] password, String storedHash) {
        read(storedHash);
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            return false;
        }
        return OpenBSDBCrypt.checkPassword(storedHash, password);
    }

    /** True when the stored hash is not {@code $2b$} or its cost is not this hasher's. */
    @Override
    public boolean needsRehash(String storedHash) {
        Matcher m = read(storedHash);
        return !m.group(1).equals("2b") || Integer.parseInt(m.group(2)) != cost;
    }

    private static Matcher read(String storedHash) {
        Matcher m = MCF.matcher(storedHash == null ? "" : storedHash);
        if (!m.matches()) {
            throw new MalformedHashException("expected $2b$<cost>$ and 53 characters of salt and hash");
        }
        int cost = Integer.parseInt(m.group(2));
        if (cost < 4 || cost > 31) {
            throw new MalformedHashException("bcrypt cost must be in 4..31");
        }
        return m;
    }

    private static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
    }
}
