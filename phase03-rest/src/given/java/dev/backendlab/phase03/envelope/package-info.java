/**
 * Exercise 3, response structure: every collection in one envelope ({@code data}, {@code meta},
 * {@code links}), every single item plain. Start in {@link dev.backendlab.phase03.envelope.Envelope},
 * then {@link dev.backendlab.phase03.envelope.CatalogueApi}.
 */
package dev.backendlab.phase03.envelope;
