/**
 * The stub/solution parity check: every phase module's stubs ({@code src/main/java}) and reference
 * solutions ({@code src/solution/java}) hold the same files, the same public and protected
 * signatures and the same Javadoc, so the contract a learner reads is the one the solution meets.
 *
 * <p>Start at {@link dev.backendlab.grader.parity.StubSolutionParity}: it pairs the files of a
 * module and collects {@link dev.backendlab.grader.parity.Drift}s. {@link
 * dev.backendlab.grader.parity.JavaSources} parses with the JDK's own parser (no attribution, so
 * types are compared as written), {@link dev.backendlab.grader.parity.ApiSurface} turns a file into
 * its {@link dev.backendlab.grader.parity.ApiMember}s, {@link
 * dev.backendlab.grader.parity.SurfaceComparison} pairs and compares them, and {@link
 * dev.backendlab.grader.parity.SharedCode} measures the code lines a pair shares beyond signatures
 * and Javadoc (given code that belongs in {@code src/given/java}).
 *
 * <p>The repository check is {@code dev.backendlab.grader.StubSolutionParityTest}; {@code
 * PlantedDriftTest} shows that each kind of drift fails with its exact message.
 */
package dev.backendlab.grader.parity;
