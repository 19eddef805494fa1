package com.naversms.app.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on what a child printed: no line may hold personal data (DESIGN.md 6.8). */
public final class OutputScan {
  /** A full mobile number, bare (01012345678) or hyphenated (010-1234-5678). */
  public static final Pattern FULL_PHONE =
      Pattern.compile("(?<![0-9])010(?:[0-9]{8}|-[0-9]{4}-[0-9]{4})(?![0-9])");

  private OutputScan() {}

  /** Fails, quoting the line, when {@code text} holds a full phone number. */
  public static void assertNoFullPhone(String what, String text) {
    Matcher m = FULL_PHONE.matcher(text);
    if (m.find()) {
      int from = text.lastIndexOf('\n', m.start()) + 1;
      int to = text.indexOf('\n', m.end());
      String line = text.substring(from, to < 0 ? text.length() : to);
      throw new AssertionError(
          what + " holds the full phone number " + m.group() + " in the line:\n" + line);
    }
  }

  /** Both outputs of a child (running or finished). */
  public static void assertNoFullPhone(Child child) {
    assertNoFullPhone(child.name() + " stdout", child.stdout());
    assertNoFullPhone(child.name() + " stderr", child.stderr());
  }
}
