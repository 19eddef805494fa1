package com.naversms.core.template;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.function.Supplier;

/**
 * What one template rendering may spend (docs/configuration.md, "Limits"): loop iterations and
 * macro calls together, macro nesting, and wall time. Operator templates run at every check and for
 * every booking of every cycle, so a template that loops or recurses without end must fail as a
 * config error, not hold the machine. Kept per thread because Pebble gives its functions and nodes
 * no per-rendering state of ours.
 */
final class RenderBudget {
  /** Loop iterations plus macro calls in one rendering (a digest of 625 bookings needs ~3,000). */
  static final int MAX_STEPS = 100_000;

  /** Macros calling macros, deepest. */
  static final int MAX_MACRO_DEPTH = 20;

  /** Wall time of one rendering; a real one takes well under a millisecond. */
  static final long MAX_NANOS = 2_000_000_000L;

  private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

  private final long deadline = System.nanoTime() + MAX_NANOS;
  private int steps;
  private int depth;

  private RenderBudget() {}

  /** Runs {@code rendering} with a fresh budget (nested calls share the outer one). */
  static <T> T within(Supplier<T> rendering) {
    if (CURRENT.get() != null) {
      return rendering.get();
    }
    CURRENT.set(new RenderBudget());
    try {
      return rendering.get();
    } finally {
      CURRENT.remove();
    }
  }

  /** One loop iteration or macro call at template line {@code line}. */
  static void step(int line) {
    RenderBudget b = CURRENT.get();
    if (b == null) {
      return;
    }
    if (++b.steps > MAX_STEPS) {
      throw bound(
          String.format(
              "more than %,d loop iterations and macro calls in one rendering (the limit)",
              MAX_STEPS),
          line);
    }
    if ((b.steps & 0xFF) == 0 && System.nanoTime() > b.deadline) {
      throw bound("rendering took longer than " + MAX_NANOS / 1_000_000 + " ms (the limit)", line);
    }
  }

  /** A macro call at {@code line} starts; {@link #leave()} must follow. */
  static void enter(String macro, int line) {
    step(line);
    RenderBudget b = CURRENT.get();
    if (b != null && ++b.depth > MAX_MACRO_DEPTH) {
      b.depth--;
      throw bound(
          "macro \""
              + macro
              + "\" nests deeper than "
              + MAX_MACRO_DEPTH
              + " calls (does it call itself?)",
          line);
    }
  }

  static void leave() {
    RenderBudget b = CURRENT.get();
    if (b != null) {
      b.depth--;
    }
  }

  static PebbleException bound(String message, int line) {
    return new TemplateLimit(message, line);
  }
}
