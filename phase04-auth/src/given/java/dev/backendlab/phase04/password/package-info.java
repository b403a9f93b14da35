/**
 * Password hashing: a slow, salted, self-describing hash per password.
 *
 * <p>Start with {@link dev.backendlab.phase04.password.PhcString} (the stored format), then
 * {@link dev.backendlab.phase04.password.Pbkdf2Hasher} (PBKDF2 from the JDK),
 * {@link dev.backendlab.phase04.password.BcryptHasher} (bcrypt through Bouncy Castle, its 72-byte
 * limit made explicit) and {@link dev.backendlab.phase04.password.RehashingLogin} (upgrading old
 * hashes at login).
 */
package dev.backendlab.phase04.password;
