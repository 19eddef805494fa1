package com.naversms.core.plan;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Which BMP characters EUC-KR encodes, as {@code CharsetEncoder.canEncode(char)} answers,
 * remembered per block of 256 characters the first time a character of the block is asked about.
 * The planner sizes and scans every message and booking value it renders (issue 19: an encoder per
 * thread cost a thread-local lookup per text, and {@code canEncode} a call into the charset per
 * character). Thread-safe: a block is worked out with its own encoder and published through a final
 * field, so a thread sees either no block or the whole of it (then works it out again, with the
 * same answer).
 */
final class EucKrChars {
  private static final Charset EUC_KR = Charset.forName("EUC-KR");
  private static final Block[] BLOCKS = new Block[256];

  private record Block(long[] bits) {}

  private EucKrChars() {}

  /** Whether EUC-KR encodes {@code c} (ASCII always; a lone surrogate never). */
  static boolean encodable(char c) {
    if (c < 0x80) {
      return true;
    }
    Block block = BLOCKS[c >>> 8];
    if (block == null) {
      block = block(c >>> 8);
      BLOCKS[c >>> 8] = block;
    }
    return (block.bits()[(c & 0xFF) >>> 6] & (1L << (c & 0x3F))) != 0;
  }

  private static Block block(int high) {
    CharsetEncoder encoder = EUC_KR.newEncoder();
    long[] bits = new long[4];
    for (int low = 0; low < 256; low++) {
      if (encoder.canEncode((char) (high << 8 | low))) {
        bits[low >>> 6] |= 1L << (low & 0x3F);
      }
    }
    return new Block(bits);
  }
}
