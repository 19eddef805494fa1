package com.naversms.core.plan;

import java.nio.charset.Charset;

/** Byte length as SENS counts it (DESIGN.md 6.7). */
final class EucKr {
  private static final Charset EUC_KR = Charset.forName("EUC-KR");

  private EucKr() {}

  static int bytes(String text) {
    return text.getBytes(EUC_KR).length;
  }
}
