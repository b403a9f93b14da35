/**
 * Exercise 11, REST principles: every resource says what it supports in answer to OPTIONS. The
 * other principles (resources named by URLs, the uniform interface, statelessness, status codes)
 * are graded by the exercises before it; the module README's table says which status each situation
 * gets. Start in {@link dev.backendlab.phase03.principles.OptionsSupport}.
 */
package dev.backendlab.phase03.principles;
