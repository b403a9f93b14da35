package demo;

/** A sorted shelf. */
public final class ChangedGenericBound<T extends Comparable<? super T>> {
}
