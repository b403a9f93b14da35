/**
 * Refresh tokens: opaque, stored hashed, rotated on every use, and a reused one revokes its family.
 *
 * <p>Start with {@link dev.backendlab.phase04.refresh.RefreshTokenService}; the table it writes is
 * {@link dev.backendlab.phase04.refresh.RefreshTokenStore} of
 * {@link dev.backendlab.phase04.refresh.StoredRefreshToken} rows.
 */
package dev.backendlab.phase04.refresh;
