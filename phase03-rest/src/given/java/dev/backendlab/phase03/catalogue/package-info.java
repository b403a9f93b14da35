/**
 * Given to every exercise: the {@link dev.backendlab.phase03.catalogue.Book} record, an in-memory
 * {@link dev.backendlab.phase03.catalogue.BookCatalogue}, and the error type and error handler the
 * exercises' routers share. Nothing to write here.
 */
package dev.backendlab.phase03.catalogue;
