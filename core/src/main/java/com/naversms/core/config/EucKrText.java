package com.naversms.core.config;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.OptionalInt;

/**
 * What EUC-KR cannot carry, for config errors. Sizing is {@link com.naversms.core.plan.EucKr} and
 * {@link com.naversms.core.plan.MessageType} (DESIGN.md 6.7: SMS ≤ 90 bytes, LMS ≤ 2,000).
 */
final class EucKrText {
  static final Charset EUC_KR = Charset.forName("EUC-KR");

  private EucKrText() {}

  /** Index of the first code point EUC-KR cannot encode, if any. */
  static OptionalInt firstUnencodable(String text) {
    CharsetEncoder encoder = EUC_KR.newEncoder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!encoder.canEncode(new String(Character.toChars(cp)))) {
        return OptionalInt.of(i);
      }
      i += Character.charCount(cp);
    }
    return OptionalInt.empty();
  }

  static String describe(String text, int index) {
    int cp = text.codePointAt(index);
    return String.format("\"%s\" (U+%04X)", new String(Character.toChars(cp)), cp);
  }
}
