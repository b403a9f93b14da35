/**
 * Exercise 1, CRUD: the book catalogue as a resource with POST, GET, PUT, PATCH (JSON Merge Patch)
 * and DELETE, and the status codes of content negotiation. Start in
 * {@link dev.backendlab.phase03.crud.BookResource}.
 */
package dev.backendlab.phase03.crud;
