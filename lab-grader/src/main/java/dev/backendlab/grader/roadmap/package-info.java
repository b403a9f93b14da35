/**
 * The roadmap the lab teaches: sixteen phases, their sub-topics, and which module covers each.
 * {@link dev.backendlab.grader.roadmap.Roadmap} is the single place these names are spelled.
 */
package dev.backendlab.grader.roadmap;
