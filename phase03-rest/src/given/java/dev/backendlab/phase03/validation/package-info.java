/**
 * Exercise 4, validation: a small Zod-like schema library over Jackson trees that reports every
 * violation at once with a JSON Pointer, used for request bodies (422) and query parameters (400,
 * with coercion). Start in {@link dev.backendlab.phase03.validation.Schema}, then each kind of schema,
 * then {@link dev.backendlab.phase03.validation.BookValidationApi}.
 */
package dev.backendlab.phase03.validation;
