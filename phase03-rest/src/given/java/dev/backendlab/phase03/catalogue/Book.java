package dev.backendlab.phase03.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A book of the catalogue, as stored and as sent: {@code {"id":1,"title":"Dune","author":"Frank
 * Herbert","year":1965}}. The server assigns {@code id}; {@code author} is optional and left out of
 * the JSON when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Book(long id, String title, String author, int year) {
}
