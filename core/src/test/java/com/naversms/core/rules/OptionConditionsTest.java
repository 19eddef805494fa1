package com.naversms.core.rules;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.Situations;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionConditionsTest {
  private static final String NOW = "2026-11-27 10:00";

  private static Verdict eval(Condition c, Booking b) {
    return Evaluator.evaluate(c, Situations.at(NOW, b));
  }

  @Test
  void hasOptionKeyword_matchesSubstringOfAnOptionName() {
    Booking b = aBooking().withOption("촬영 추가", 1).withOption("인스타 리뷰 약속", 1).build();
    Verdict v = eval(new Condition.HasOptionKeyword(List.of("인스타")), b);
    assertThat(v.holds()).isTrue();
    assertThat(v.reason()).isEqualTo("option '인스타 리뷰 약속' contains '인스타'");
  }

  @Test
  void hasOptionKeyword_withoutKeywords_usesTheConfiguredReviewKeywords() {
    assertThat(
            eval(
                    new Condition.HasOptionKeyword(List.of()),
                    aBooking().withOption("원본 전체", 1).build())
                .holds())
        .isTrue();
    assertThat(
            eval(new Condition.HasOptionKeyword(List.of()), aBooking().withOption("액자", 1).build())
                .holds())
        .isFalse();
  }

  @Test
  void hasOptionKeyword_honoursTheRulesOwnKeywords_notTheReviewOption() {
    // The refactor answered true for any booking with a review option, whatever the rule asked.
    Booking review = aBooking().withOption("네이버 리뷰", 1).build();
    Verdict v = eval(new Condition.HasOptionKeyword(List.of("전문가 보정")), review);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason())
        .isEqualTo("no option name contains any of [전문가 보정] (options: 네이버 리뷰 x1)");
  }

  @Test
  void hasOptionKeyword_noOptions() {
    Verdict v = eval(new Condition.HasOptionKeyword(List.of("네이버")), aBooking().build());
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("no option name contains any of [네이버] (options: none)");
  }

  @Test
  void hasMultipleOptions_needsOneMatchingOptionWithCountAtLeastMin() {
    Condition twoPro = new Condition.HasMultipleOptions(List.of("전문가 보정"), 2);
    assertThat(eval(twoPro, aBooking().withOption("전문가 보정", 1).build()).holds()).isFalse();
    assertThat(eval(twoPro, aBooking().withOption("전문가 보정", 2).build()).holds()).isTrue();
    assertThat(eval(twoPro, aBooking().withOption("전문가 보정 (인물)", 3).build()).holds()).isTrue();
    // Counts of different options do not add up, and a non-matching option does not count.
    assertThat(
            eval(twoPro, aBooking().withOption("전문가 보정 A", 1).withOption("전문가 보정 B", 1).build())
                .holds())
        .isFalse();
    assertThat(eval(twoPro, aBooking().withOption("액자", 5).build()).holds()).isFalse();
  }

  @Test
  void hasProEditOption_looksForTheProEditOptionName() {
    Condition c = new Condition.HasProEditOption();
    assertThat(eval(c, aBooking().withOption("전문가 보정", 1).build()).holds()).isTrue();
    assertThat(eval(c, aBooking().withOption("사진 보정 추가", 1).build()).holds()).isFalse();
  }

  @Test
  void bookingStatus_comparesTheRawCode() {
    Booking rc08 = aBooking().status("RC08").build();
    Verdict v = eval(new Condition.BookingStatus("RC03"), rc08);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("status is RC08, not RC03");
    assertThat(eval(new Condition.BookingStatus("RC08"), rc08).holds()).isTrue();
    assertThat(eval(new Condition.BookingStatusAny(List.of("RC03", "RC08")), rc08).holds())
        .isTrue();
    assertThat(eval(new Condition.BookingStatusAny(List.of("RC03")), rc08).holds()).isFalse();
    assertThat(eval(new Condition.BookingStatusAny(List.of()), rc08).holds()).isFalse();
  }

  @Test
  void storeIdMatches_comparesTheStoreId() {
    Booking b = aBooking().store("951291").build();
    assertThat(eval(new Condition.StoreIdMatches(List.of("1051707", "951291")), b).holds())
        .isTrue();
    Verdict v = eval(new Condition.StoreIdMatches(List.of("1051707")), b);
    assertThat(v.holds()).isFalse();
    assertThat(v.reason()).isEqualTo("store 951291 is not one of [1051707]");
  }
}
