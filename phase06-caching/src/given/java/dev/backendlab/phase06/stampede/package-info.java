/**
 * Exercise 3, stampede protection: when a hot key expires, one caller reloads it while the others
 * wait for its result, coordinated by a Redis lock that only its owner can release.
 *
 * <p>Start at {@link dev.backendlab.phase06.stampede.RedisLock}, then
 * {@link dev.backendlab.phase06.stampede.StampedeProtectedCache}.
 */
package dev.backendlab.phase06.stampede;
