package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.sms;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.fixtures.TestConfig;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.2: what a customer typed never blocks their messages. Booking values go through the
 * templates' replacement table and lose only what SENS cannot carry; the template text is untouched
 * and {@code --explain} says which value lost what, masked.
 */
class PlannerHostileValuesTest {
  private static final Charset CP949 = Charset.forName("x-windows-949");

  private static Booking named(long id, String name) {
    return aBooking().id(id).name(name).startingAt("2026-11-27 15:00").build();
  }

  @Test
  void anEmojiInTheName_isDropped_andTheConfirmationIsStillPlanned() {
    Plan plan = plan("2026-11-27 10:00", TestConfig.legacyRules(), named(1, "김민수😀"));

    PlannedAction.SendSms sms = sms(plan).get(0);
    assertThat(sms.text()).isEqualTo("김민수님, 예약이 확정되었습니다.");
    assertThat(sms.bytes()).isEqualTo(32);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.valueChanges())
        .containsExactly(
            new ValueChange(
                TestConfig.RULE_1,
                "1051707_1",
                TestConfig.STORE_A,
                "confirmation",
                "booking.name",
                "김*수",
                List.of("\"😀\" (U+1F600) dropped: no replacement")));
  }

  @Test
  void aRightToLeftOverride_andJoiners_areDropped_tableSymbolsReplaced() {
    Plan plan =
        plan("2026-11-27 10:00", TestConfig.legacyRules(), named(2, "\u202E수민김\u202C❤\u200D👍🏽"));

    assertThat(sms(plan).get(0).text()).isEqualTo("수민김♥님, 예약이 확정되었습니다.");
    assertThat(plan.valueChanges()).hasSize(1);
    assertThat(plan.valueChanges().get(0).characters())
        .containsExactly(
            "U+202E dropped: no replacement",
            "U+202C dropped: no replacement",
            "\"❤\" (U+2764) sent as \"♥\"",
            "U+200D removed",
            "\"👍\" (U+1F44D) dropped: no replacement",
            "U+1F3FD removed");
    assertThat(plan.valueChanges().get(0).masked()).isEqualTo("수**♥");
  }

  @Test
  void everySmsOfEveryAttack_isTextSensCanCarry() {
    List<Booking> bookings = new ArrayList<>();
    String[] names = {
      "😀", "🇰🇷김", "\u202Eevil", "김\uFE0F민", "a\u0301", "똠방각하", "李民洙", "Zoë", "￦€£"
    };
    for (int i = 0; i < names.length; i++) {
      bookings.add(named(10 + i, names[i]));
    }
    Plan plan =
        plan("2026-11-27 14:00", TestConfig.legacyRules(), bookings.toArray(Booking[]::new));

    assertThat(sms(plan)).hasSize(2 * names.length);
    assertThat(plan.problems()).isEmpty();
    for (PlannedAction.SendSms s : sms(plan)) {
      assertThat(CP949.newEncoder().canEncode(s.text())).as(s.text()).isTrue();
    }
    // a Hangul syllable KS X 1001 lacks but CP949 (what the sender counts) has is kept
    assertThat(sms(plan)).anySatisfy(s -> assertThat(s.text()).startsWith("똠방각하님"));
  }

  @Test
  void theTemplatesOwnText_isNeverCleaned_onlyTheValues() {
    Plan plan = plan("2026-11-27 10:00", TestConfig.legacyRules(), named(3, "김민수"));

    assertThat(plan.valueChanges()).isEmpty();
    assertThat(sms(plan).get(0).text()).isEqualTo("김민수님, 예약이 확정되었습니다.");
  }

  @Test
  void optionNames_areValuesToo() {
    Map<String, Object> ctx =
        Map.of(
            "booking",
            Map.of("options", List.of(Map.of("name", "원본 파일📷", "count", 1)), "name", "김민수"));
    List<SmsValues.Changed> changed = new ArrayList<>();

    Map<String, Object> clean = SmsValues.context(ctx, changed);
    Object options = ((Map<?, ?>) clean.get("booking")).get("options");

    assertThat(options).isEqualTo(List.of(Map.of("name", "원본 파일", "count", 1)));
    assertThat(changed)
        .extracting(SmsValues.Changed::value)
        .containsExactly("booking.options[0].name");
  }
}
