package com.naversms.core.template;

/**
 * A value reduced to one line of visible text before it enters a message, so that what a customer
 * typed can never start a line of its own ({@code "\n[ALERT] ..."}) nor reorder the text around it
 * (a right-to-left override). Line breaks and tabs (CR, LF, VT, FF, NEL, U+2028, U+2029) become one
 * space between the words they separate; other control and format characters (Unicode Cc and Cf:
 * bidi overrides and isolates, zero-width characters, the BOM) and lone surrogates are dropped.
 */
public final class OneLine {
  private OneLine() {}

  public static String of(String value) {
    if (value == null || isClean(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    boolean gap = false;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (breaksLine(cp)) {
        gap = !out.isEmpty();
      } else if (!invisible(cp)) {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isClean(String value) {
    for (int i = 0; i < value.length(); ) {
      char c = value.charAt(i);
      if ((c >= 0x20 && c < 0x7F) || (c >= 0xAC00 && c <= 0xD7A3)) {
        i++; // printable ASCII and Hangul syllables, most of what customers type (issue 19)
        continue;
      }
      int cp = value.codePointAt(i);
      if (breaksLine(cp) || invisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean breaksLine(int cp) {
    return switch (cp) {
      case '\n', '\r', '\t', 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> true;
      default -> false;
    };
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
  }
}
