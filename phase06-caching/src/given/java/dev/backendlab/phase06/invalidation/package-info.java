/**
 * Exercise 4, invalidation: delete on write, invalidate every key carrying a tag at once, bump a
 * namespace's version instead of deleting its keys, and keep per-node in-process caches coherent
 * over Redis pub/sub.
 *
 * <p>Start at {@link dev.backendlab.phase06.invalidation.TaggedCache}, then
 * {@link dev.backendlab.phase06.invalidation.VersionedNamespace} and
 * {@link dev.backendlab.phase06.invalidation.TwoLevelCache}.
 */
package dev.backendlab.phase06.invalidation;
