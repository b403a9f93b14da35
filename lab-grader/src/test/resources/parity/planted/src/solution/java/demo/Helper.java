package demo;

/** A solution class no stub gives the learner. */
final class Helper {
}
