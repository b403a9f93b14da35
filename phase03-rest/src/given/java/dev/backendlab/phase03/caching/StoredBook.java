package dev.backendlab.phase03.caching;

import dev.backendlab.phase03.catalogue.Book;
import java.time.Instant;

/** A book and when it last changed, to whole seconds (HTTP dates have no finer precision). */
public record StoredBook(Book book, Instant lastModified) {
}
