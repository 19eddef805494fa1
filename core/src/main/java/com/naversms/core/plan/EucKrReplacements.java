package com.naversms.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replacement table (docs/design.md 6.7, docs/configuration.md): symbols EUC-KR cannot encode
 * that messages use (the legacy system's production guides have ⬇, ⚠, ❗, emoji selectors and a
 * U+FFFD), each with what SENS gets instead: a KS X 1001 look-alike, or nothing. Applied to SMS
 * templates when they load; any other text (booking values) can go through {@link #apply} the same
 * way.
 */
public final class EucKrReplacements {
  private static final Map<Integer, String> TABLE = table();

  private EucKrReplacements() {}

  /**
   * One character of a text that EUC-KR cannot encode.
   *
   * @param index its position (UTF-16) in the text
   * @param replacement what is sent instead ("" when it is removed); empty when the table has none
   */
  public record Unencodable(int index, int codePoint, Optional<String> replacement) {
    /** {@code "⚠" (U+26A0)}; invisible characters by code point only. */
    public String character() {
      String hex = String.format("U+%04X", codePoint);
      return Character.isISOControl(codePoint)
              || Character.getType(codePoint) == Character.NON_SPACING_MARK
              || Character.getType(codePoint) == Character.ENCLOSING_MARK
              || Character.getType(codePoint) == Character.FORMAT
              || Character.getType(codePoint) == Character.SPACE_SEPARATOR
              || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
              || codePoint == 0xFFFD
              || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
          ? hex
          : "\"" + new String(Character.toChars(codePoint)) + "\" (" + hex + ")";
    }

    /** {@code sent as "※"} or {@code removed}; only for a character with a replacement. */
    public String outcome() {
      String with = replacement.orElseThrow();
      return with.isEmpty() ? "removed" : "sent as \"" + with + "\"";
    }
  }

  /** What is sent instead of {@code codePoint}; empty when the table has no entry. */
  public static Optional<String> replacementFor(int codePoint) {
    return Optional.ofNullable(TABLE.get(codePoint));
  }

  /** The whole table, in the order docs/configuration.md lists it. */
  public static Map<Integer, String> entries() {
    return Collections.unmodifiableMap(TABLE);
  }

  /** {@code text} with every character of the table replaced; the same instance when none is. */
  public static String apply(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      String with = cp < 0xA0 ? null : TABLE.get(cp);
      if (with != null && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (with != null) {
          out.append(with);
        } else {
          out.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  /** Every character of {@code text} EUC-KR cannot encode, with its replacement if any. */
  public static List<Unencodable> scan(String text) {
    List<Unencodable> out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x80) {
        // one char: the encoder's answer for it, remembered (EucKrChars), where
        // canEncode(CharSequence) runs a whole encode per character (the planner scans every
        // booking value: issue 12.2). A code point beyond the BMP (an emoji) or a lone surrogate
        // is never EUC-KR.
        boolean encodable = Character.isBmpCodePoint(cp) && EucKrChars.encodable((char) cp);
        if (!encodable) {
          if (out == null) {
            out = new ArrayList<>();
          }
          out.add(new Unencodable(i, cp, replacementFor(cp)));
        }
      }
      i += Character.charCount(cp);
    }
    return out == null ? List.of() : out;
  }

  private static Map<Integer, String> table() {
    Map<Integer, String> t = new LinkedHashMap<>();
    // invisible: emoji and text presentation selectors, joiners, keycap, skin tones, BOM, and the
    // replacement character a bad copy-paste leaves behind
    for (int cp : new int[] {0xFE0F, 0xFE0E, 0x200D, 0x200B, 0xFEFF, 0x20E3, 0xFFFD}) {
      t.put(cp, "");
    }
    for (int cp = 0x1F3FB; cp <= 0x1F3FF; cp++) {
      t.put(cp, "");
    }
    t.put(0x00A0, " "); // no-break space
    // arrows and pointers
    put(t, "↓", 0x2B07, 0x2935, 0x1F447); // ⬇ ⤵ 👇
    put(t, "↑", 0x2B06, 0x2934, 0x1F446); // ⬆ ⤴ 👆
    put(t, "←", 0x2B05, 0x21A9); // ⬅ ↩
    put(t, "→", 0x27A1, 0x2794, 0x279C, 0x279D, 0x279E, 0x21AA); // ➡ ➔ ➜ ➝ ➞ ↪
    put(t, "▶", 0x27A4, 0x25BA, 0x25B8, 0x23E9, 0x1F51C); // ➤ ► ▸ ⏩
    put(t, "◀", 0x25C4, 0x25C2, 0x23EA); // ◄ ◂ ⏪
    put(t, "▼", 0x1F53D, 0x1F53B); // 🔽 🔻
    put(t, "▲", 0x1F53C, 0x1F53A); // 🔼 🔺
    put(t, "☞", 0x1F449); // 👉
    put(t, "☜", 0x1F448); // 👈
    // warnings, exclamation and question marks
    put(t, "※", 0x26A0, 0x1F4E2, 0x1F4E3); // ⚠ 📢 📣
    put(t, "!", 0x2757, 0x2755); // ❗ ❕
    put(t, "?", 0x2753, 0x2754); // ❓ ❔
    put(t, "!!", 0x203C); // ‼
    put(t, "!?", 0x2049); // ⁉
    // check marks and crosses
    put(t, "√", 0x2705, 0x2714, 0x2713, 0x2611); // ✅ ✔ ✓ ☑
    put(t, "×", 0x274C, 0x274E, 0x2716, 0x2717, 0x2718, 0x26D4, 0x1F6AB); // ❌ ❎ ✖ ✗ ✘ ⛔ 🚫
    put(t, "○", 0x2B55, 0x26AA, 0x25E6); // ⭕ ⚪ ◦
    // stars and sparkles
    put(t, "★", 0x2B50, 0x1F31F, 0x272A, 0x272D, 0x2736); // ⭐ 🌟 ✪ ✭ ✶
    put(t, "☆", 0x2728, 0x2729); // ✨ ✩
    put(t, "◆", 0x2726, 0x1F539, 0x1F538, 0x1F537, 0x1F536); // ✦ 🔹 🔸 🔷 🔶
    put(t, "◇", 0x2727); // ✧
    // bullets and dashes
    put(t, "·", 0x2022, 0x2027, 0x2219); // • ‧ ∙
    put(t, "●", 0x26AB); // ⚫
    put(t, "■", 0x25AA, 0x25FE, 0x25FC); // ▪ ◾ ◼
    put(t, "□", 0x25AB, 0x25FD, 0x25FB); // ▫ ◽ ◻
    put(t, "-", 0x2013, 0x2010, 0x2011); // – ‐ ‑
    put(t, "―", 0x2014); // —
    // hearts
    put(
        t, "♥", 0x2764, 0x2763, 0x1F495, 0x1F496, 0x1F497, 0x1F493, 0x1F49E, 0x1F498, 0x1F49D,
        0x1F49B, 0x1F499, 0x1F49A, 0x1F49C, 0x1F9E1, 0x1F5A4, 0x1F90D); // ❤ ❣ 💕 ... 🤍
    // phone, clock, pin, parking, won, smiles
    put(t, "☎", 0x1F4DE, 0x1F4F1, 0x1F4F2, 0x2706); // 📞 📱 📲 ✆
    put(t, "⊙", 0x23F0, 0x23F1, 0x23F2, 0x231A, 0x23F3, 0x231B); // ⏰ ⏱ ⏲ ⌚ ⏳ ⌛
    for (int cp = 0x1F550; cp <= 0x1F567; cp++) {
      t.put(cp, "⊙"); // 🕐 .. 🕧
    }
    put(t, "◎", 0x1F4CD, 0x1F4CC); // 📍 📌
    put(t, "P", 0x1F17F); // 🅿
    put(t, "￦", 0x20A9); // ₩ (KS X 1001 has the full-width won sign)
    return t;
  }

  private static void put(Map<Integer, String> t, String with, int... codePoints) {
    for (int cp : codePoints) {
      t.put(cp, with);
    }
  }
}
