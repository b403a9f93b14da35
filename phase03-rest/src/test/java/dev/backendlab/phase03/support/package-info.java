/** Test support, not an exercise: serve an API on an ephemeral port and call it with lab-grader's TestHttpClient. */
package dev.backendlab.phase03.support;
