package com.naversms.core.config;

import com.naversms.core.plan.EucKrReplacements;
import com.naversms.core.plan.EucKrReplacements.Unencodable;

/**
 * The EUC-KR check of one SMS text as written in the YAML: each symbol the replacement table covers
 * is a warning (file, line, character, replacement), the first one it does not is an error (SENS
 * would refuse the message).
 */
final class EucKrChecks {
  private EucKrChecks() {}

  /** Reports on {@code node}; false when a character has no replacement. */
  static boolean text(YamlNode.Scalar node, Problems p) {
    String text = node.text();
    for (Unencodable u : EucKrReplacements.scan(text)) {
      int textLine = 1 + (int) text.substring(0, u.index()).chars().filter(c -> c == '\n').count();
      int line = node.lineOfTextLine(textLine);
      if (u.replacement().isEmpty()) {
        p.add(
            node.path(),
            line,
            "character "
                + u.character()
                + " cannot be encoded in EUC-KR and has no replacement (SENS would reject the"
                + " message; docs/configuration.md lists the replacements)");
        return false;
      }
      p.warn(
          node.path(),
          line,
          "character "
              + u.character()
              + " cannot be encoded in EUC-KR: "
              + u.outcome()
              + " (docs/configuration.md, EUC-KR replacements)");
    }
    return true;
  }
}
