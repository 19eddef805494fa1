package com.naversms.core.operator;

/** How an operator's action reads in a ledger entry's history. */
final class Operators {
  private Operators() {}

  /** {@code resolved delivered by kim: checked the SENS console}. */
  static String detail(String what, String by, String note) {
    String who = by == null || by.isBlank() ? "unknown" : by.strip();
    String why = note == null || note.isBlank() ? "" : ": " + note.strip();
    return what + " by " + who + why;
  }
}
