package com.naversms.adapters.sens;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.OptionalInt;

/**
 * SENS counts and sends text as EUC-KR. We encode with CP949 (Windows-949), the superset Korean
 * systems mean by "EUC-KR": it gives the same two bytes for every EUC-KR character and also covers
 * the 8,822 modern Hangul syllables KS X 1001 lacks (so a customer named 똠 is not refused). Emoji
 * and other characters outside it are refused.
 */
public final class SensText {
  private static final Charset CP949 = Charset.forName("x-windows-949");

  private SensText() {}

  /** Byte length in CP949/EUC-KR; characters it cannot encode count as one byte each. */
  public static int bytes(String text) {
    try {
      ByteBuffer encoded = encoder().encode(CharBuffer.wrap(text));
      return encoded.remaining();
    } catch (CharacterCodingException e) {
      return CP949.encode(text).remaining();
    }
  }

  /** The first code point EUC-KR cannot carry, if any. */
  public static OptionalInt firstUnencodable(String text) {
    CharsetEncoder encoder = encoder();
    if (encoder.canEncode(text)) {
      return OptionalInt.empty(); // the usual case, in one pass
    }
    return text.codePoints()
        .filter(cp -> !encoder.canEncode(new String(Character.toChars(cp))))
        .findFirst();
  }

  private static CharsetEncoder encoder() {
    return CP949
        .newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
