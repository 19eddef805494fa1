package com.naversms.simulator.sens;

import java.nio.charset.Charset;

/** SENS sends subject and content as EUC-KR; lengths are EUC-KR bytes. */
final class EucKr {
  static final Charset CHARSET = Charset.forName("EUC-KR");

  private EucKr() {}

  static boolean canEncode(String text) {
    return CHARSET.newEncoder().canEncode(text);
  }

  static int bytes(String text) {
    return text.getBytes(CHARSET).length;
  }

  /** The first character EUC-KR cannot encode, as "U+1F600", or null. */
  static String firstUnencodable(String text) {
    var encoder = CHARSET.newEncoder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!encoder.canEncode(new String(Character.toChars(cp)))) {
        return String.format("U+%04X at index %d", cp, i);
      }
      i += Character.charCount(cp);
    }
    return null;
  }
}
