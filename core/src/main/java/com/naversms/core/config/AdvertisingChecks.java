package com.naversms.core.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What Korean law asks of an advertising SMS (정보통신망법 §50 ④, docs/configuration.md, "Advertising
 * messages"), checked on the text as written: it starts with exactly {@code (광고)} followed on the
 * same line by the sender's name, and its last non-blank line holds the free opt-out {@code 무료수신거부}
 * with an 080 number.
 */
final class AdvertisingChecks {
  static final String LABEL = "(광고)";
  static final String OPT_OUT = "무료수신거부";
  static final Pattern NUMBER_080 = Pattern.compile("080-?\\d{3,4}-?\\d{4}");

  /** {@code [광고]}, {@code (광 고)}, {@code (광/고)}, {@code <광고>} ...: what the law refuses. */
  private static final Pattern VARIANT =
      Pattern.compile("^\\s*[\\(\\[\\{<（【〔]?\\s*광\\s*[/·.\\s]?\\s*고\\s*[\\)\\]\\}>）】〕]?");

  private AdvertisingChecks() {}

  /**
   * Reports on {@code node} (an advertising template's text) what the law requires and it lacks.
   */
  static void text(YamlNode.Scalar node, Problems p) {
    String text = node.text();
    List<String> lines = text.lines().toList();
    String first = lines.isEmpty() ? "" : lines.get(0);
    if (!first.startsWith(LABEL)) {
      var variant = VARIANT.matcher(first);
      String found =
          variant.lookingAt() && !variant.group().isBlank()
              ? "it starts with \"" + variant.group().strip() + "\", not exactly \"" + LABEL + "\""
              : first.isBlank()
                  ? "its first line is blank"
                  : "it starts with \""
                      + first
                          .strip()
                          .codePoints()
                          .limit(10)
                          .collect(
                              StringBuilder::new,
                              StringBuilder::appendCodePoint,
                              StringBuilder::append)
                      + "\"";
      p.add(
          node.path(),
          node.lineOfTextLine(1),
          "advertising message must start with \""
              + LABEL
              + "\" followed by the sender's name on the same line; "
              + found);
    } else if (first.substring(LABEL.length()).isBlank()) {
      p.add(
          node.path(),
          node.lineOfTextLine(1),
          "advertising message: \""
              + LABEL
              + "\" must be followed on the same line by the sender's name, e.g. \""
              + LABEL
              + " {{ store.name }}\"");
    }
    int last = lines.size();
    while (last > 0 && lines.get(last - 1).isBlank()) {
      last--;
    }
    String lastLine = last == 0 ? "" : lines.get(last - 1);
    boolean optOut = lastLine.contains(OPT_OUT);
    boolean number = NUMBER_080.matcher(lastLine).find();
    if (optOut && number) {
      return;
    }
    String missing =
        !optOut && !number
            ? "\"" + OPT_OUT + "\" and an 080 number"
            : !optOut ? "\"" + OPT_OUT + "\"" : "an 080 number (080-XXX-XXXX or 080-XXXX-XXXX)";
    p.add(
        node.path(),
        node.lineOfTextLine(Math.max(last, 1)),
        "advertising message must end with the free opt-out line, e.g. \""
            + OPT_OUT
            + " 080-000-0000\"; its last line lacks "
            + missing);
  }
}
