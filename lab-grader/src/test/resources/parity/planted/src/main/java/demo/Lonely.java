package demo;

/** A stub the solution forgot. */
public final class Lonely {
}
