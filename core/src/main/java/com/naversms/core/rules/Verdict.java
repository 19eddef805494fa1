package com.naversms.core.rules;

/**
 * The outcome of evaluating a condition or a rule, with the reason. When a composite condition
 * fails, {@code condition} names the innermost condition that failed, which is what {@code plan
 * --explain} prints.
 */
public sealed interface Verdict {

  /** The condition as written, e.g. {@code time_before_booking(2)}. */
  String condition();

  /** Why it holds or fails, e.g. {@code now 12:10 is before window start 13:00}. */
  String reason();

  default boolean holds() {
    return this instanceof Holds;
  }

  record Holds(String condition, String reason) implements Verdict {}

  record Fails(String condition, String reason) implements Verdict {}

  static Verdict of(boolean holds, String condition, String reason) {
    return holds ? new Holds(condition, reason) : new Fails(condition, reason);
  }
}
