package dev.backendlab.grader;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class as the grading tests of one exercise.
 *
 * <p>Every test method in the class, its {@code @Nested} classes and its parameterized invocations
 * is one check of the exercise. The grader counts them, classifies each, and shows the exercise on
 * the dashboard under the roadmap sub-topics it names.
 *
 * <pre>{@code
 * @Exercise(order = 2, title = "Event loop", topics = "Event Loop")
 * class EventLoopTest { ... }
 * }</pre>
 *
 * <p>The module README has a section headed {@code ## Exercise 2: Event loop} for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercise {

    /** Position of the exercise in its module, from 1: the order the README teaches them in. */
    int order();

    /** Short title, as in the README heading {@code ## Exercise <order>: <title>}. */
    String title();

    /** The roadmap sub-topics this exercise grades, spelled exactly as in the roadmap table. */
    String[] topics();
}
