package com.naversms.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.junit.jupiter.api.Test;

/** Issue 11.7: the replacement table for symbols EUC-KR cannot encode. */
class EucKrReplacementsTest {
  private static final CharsetEncoder EUC_KR = Charset.forName("EUC-KR").newEncoder();

  @Test
  void everyEntry_replacesACharacterEucKrCannotEncode_withTextItCan() {
    assertThat(EucKrReplacements.entries()).hasSizeGreaterThan(80);
    EucKrReplacements.entries()
        .forEach((cp, with) -> {
          String from = new String(Character.toChars(cp));
          assertThat(EUC_KR.canEncode(from)).as("U+%04X is not in EUC-KR", cp).isFalse();
          assertThat(EUC_KR.canEncode(with)).as("%s for U+%04X is in KS X 1001", with, cp).isTrue();
        });
  }

  @Test
  void theLegacyGuidesSymbols_areSentAsTheirEquivalents() {
    String legacy = "⬇ 주차 안내 ⬇\n⚠️ 주의 ❗ 꼭 확인\uFFFD";

    assertThat(EucKrReplacements.apply(legacy)).isEqualTo("↓ 주차 안내 ↓\n※ 주의 ! 꼭 확인");
  }

  @Test
  void commonSymbols_arrowsChecksStarsBulletsHeartsPhoneClockPin() {
    assertThat(EucKrReplacements.apply("➡✅✔⭐✨•❤️📞⏰📍🅿️₩")).isEqualTo("→√√★☆·♥☎⊙◎P￦");
  }

  @Test
  void aTextWithoutSuchSymbols_isReturnedAsItIs() {
    String text = "김민수 고객님, 예약이 확정되었습니다. ※ ☎ ★";

    assertThat(EucKrReplacements.apply(text)).isSameAs(text);
  }

  @Test
  void scan_findsEveryUnencodableCharacter_withItsReplacementOrNone() {
    var found = EucKrReplacements.scan("a⚠️b😀");

    assertThat(found)
        .extracting(u -> u.index(), u -> u.codePoint(), u -> u.replacement().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 0x26A0, "※"),
            org.assertj.core.groups.Tuple.tuple(2, 0xFE0F, ""),
            org.assertj.core.groups.Tuple.tuple(4, 0x1F600, null));
    assertThat(found.get(0).character()).isEqualTo("\"⚠\" (U+26A0)");
    assertThat(found.get(1).character()).isEqualTo("U+FE0F");
    assertThat(found.get(0).outcome()).isEqualTo("sent as \"※\"");
    assertThat(found.get(1).outcome()).isEqualTo("removed");
  }
}
