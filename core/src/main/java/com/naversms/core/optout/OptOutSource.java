package com.naversms.core.optout;

/**
 * Where a cycle gets the opt-out list it plans with: the business's own list ({@link OptOutStore})
 * and, when SENS credentials are present, SENS's unsubscribe list. A source that cannot be read
 * throws; the cycle then plans no advertising message at all rather than risk one.
 */
@FunctionalInterface
public interface OptOutSource {
  OptOutList current();

  static OptOutSource none() {
    return OptOutList::empty;
  }

  /** The store's list, read afresh every time. */
  static OptOutSource of(OptOutStore store) {
    return store::load;
  }

  /** This list and {@code other}'s together; either failing fails the whole. */
  default OptOutSource and(OptOutSource other) {
    return () -> current().with(other.current());
  }
}
