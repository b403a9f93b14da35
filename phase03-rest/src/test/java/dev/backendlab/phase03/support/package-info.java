/** Test support, not an exercise: serve an API on an ephemeral port and call it with the JDK HttpClient. */
package dev.backendlab.phase03.support;
