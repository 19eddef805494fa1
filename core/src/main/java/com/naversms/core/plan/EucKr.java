package com.naversms.core.plan;

/**
 * Byte length as SENS counts it (docs/design.md 6.7): the one count the planner, {@code config
 * check} and the legacy planner share.
 */
public final class EucKr {
  private EucKr() {}

  /**
   * The length of {@code text.getBytes(EUC-KR)} without building the bytes (issue 7: the planner
   * sizes every message it renders). ASCII is one byte, a character EUC-KR maps is two, and
   * anything else is replaced by one {@code ?}, a surrogate pair counting as one character.
   */
  public static int bytes(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        bytes++;
        continue;
      }
      bytes += EucKrChars.encodable(c) ? 2 : 1;
    }
    return bytes;
  }
}
