/**
 * Exercise 8, file uploads: multipart bodies streamed to disk with a size limit, types checked by
 * their magic bytes, names that cannot escape the folder, a SHA-256, and downloads with the right
 * headers. Start in {@link dev.backendlab.phase03.uploads.StoredNames} and
 * {@link dev.backendlab.phase03.uploads.FileSniffer}, then {@link dev.backendlab.phase03.uploads.UploadsApi};
 * {@link dev.backendlab.phase03.uploads.MultipartReader} is given.
 */
package dev.backendlab.phase03.uploads;
