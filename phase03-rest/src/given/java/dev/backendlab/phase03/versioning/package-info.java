/**
 * Exercise 7, versioning: two versions of a resource side by side, chosen by path or by media type,
 * the old one announcing its deprecation and sunset. Start in
 * {@link dev.backendlab.phase03.versioning.VersionedBooksApi}; {@link dev.backendlab.phase03.versioning.ApiVersion}
 * is given.
 */
package dev.backendlab.phase03.versioning;
