package com.naversms.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's byte count is exactly the length of the EUC-KR bytes SENS counts. */
class EucKrTest {
  private static final Charset EUC_KR = Charset.forName("EUC-KR");

  @Test
  void everyBmpCharacter_countsAsItsEncodedBytes() {
    List<Character> wrong = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = "a" + (char) c + "가";
      if (EucKr.bytes(text) != text.getBytes(EUC_KR).length) {
        wrong.add((char) c);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void mixedTexts_withSurrogatePairsAndLoneSurrogates_countAsTheirEncodedBytes() {
    int[] pool = {'A', '\n', '가', '힣', '똠', '€', '☎', 0x1F600, 0x20000, 0xD800, 0xDC00, 'é'};
    qt().forAll(lists().of(integers().between(0, pool.length - 1)).ofSizeBetween(0, 40))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(i -> text.appendCodePoint(pool[i]));
          String s = text.toString();
          assertThat(EucKr.bytes(s)).as(s).isEqualTo(s.getBytes(EUC_KR).length);
        });
  }

  @Test
  void aTypicalKoreanMessage_isTwoBytesPerHangulSyllable() {
    assertThat(EucKr.bytes("예약 확인 010-0000-1234")).isEqualTo(4 * 2 + 2 + 13);
  }
}
