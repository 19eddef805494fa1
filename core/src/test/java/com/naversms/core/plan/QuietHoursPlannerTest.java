package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiet hours (issue 15 item 3, docs/rules.md "Quiet hours") over the shipped rules: 21:00–08:00 at
 * the top of rules.yaml, the guide and the two-hour confirmation exempt.
 */
class QuietHoursPlannerTest {
  private static final String RULE_1 = "New Booking Confirmation";
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @TempDir Path dir;

  private static Booking booking(long id, String slot) {
    return aBooking()
        .id(id)
        .store("1000001")
        .name("김예시")
        .phone("010-0000-" + String.format("%04d", id))
        .startingAt(slot)
        .build();
  }

  private static List<String> templates(Plan plan) {
    return PlanAssertions.sms(plan).stream().map(PlannedAction.SendSms::template).toList();
  }

  @Test
  void aNewBooking_isConfirmedAt2059_deferredFrom2100_until0759_andConfirmedAt0800() {
    Booking b = booking(1, "2026-11-28 15:00");
    assertThat(templates(QuietHoursWorld.shipped().cycle("2026-11-27 20:59", b)))
        .containsExactly("confirmation");
    assertThat(QuietHoursWorld.shipped().cycle("2026-11-27 21:00", b).actions()).isEmpty();
    assertThat(QuietHoursWorld.shipped().cycle("2026-11-28 00:00", b).actions()).isEmpty();
    assertThat(QuietHoursWorld.shipped().cycle("2026-11-28 07:59", b).actions()).isEmpty();
    assertThat(templates(QuietHoursWorld.shipped().cycle("2026-11-28 08:00", b)))
        .containsExactly("confirmation");
  }

  @Test
  void aDeferredRule_plansNothingAtAll_andExplainSaysUntilWhen() {
    Booking b = booking(2, "2026-11-28 15:00");

    Plan plan = QuietHoursWorld.shipped().cycle("2026-11-27 23:40", b);

    assertThat(plan.actions()).as("no record, no SMS, no operator line").isEmpty();
    assertThat(plan.skipped())
        .filteredOn(s -> s.rule().equals(RULE_1))
        .singleElement()
        .satisfies(s -> {
          assertThat(s.condition()).isEqualTo("quiet_hours");
          assertThat(s.reason()).isEqualTo("deferred by quiet hours until 08:00");
        });
  }

  @Test
  void aConfirmationDueAtNight_isSentExactlyOnce_inTheFirstCycleFrom0800() {
    Booking b = booking(3, "2026-11-28 15:00");
    QuietHoursWorld world = QuietHoursWorld.shipped();

    everyTwentyMinutes(world, "2026-11-27 22:00", "2026-11-28 10:00", b);

    assertThat(world.sent()).containsExactly("2026-11-28 08:00 confirmation 1000001_3");
  }

  /**
   * The lead's case (docs/rules.md walks through it): booked at 01:40 for 09:00. Rule 1 is deferred
   * until 08:00; at 07:00 the exempt rule 2 sends the confirmation (and writes the record) just
   * before the exempt guide; at 08:00 rule 1 finds the record and sends nothing.
   */
  @Test
  void bookedAt0140ForA0900Slot_getsTheConfirmationThenTheGuideAt0700_andNothingMore() {
    Booking b = booking(4, "2026-11-28 09:00");
    QuietHoursWorld world = QuietHoursWorld.shipped();

    List<Plan> plans = everyTwentyMinutes(world, "2026-11-28 01:40", "2026-11-28 10:00", b);

    assertThat(world.sent())
        .containsExactly(
            "2026-11-28 07:00 confirmation 1000001_4", "2026-11-28 07:00 guide 1000001_4");
    Plan at0700 = plans.get(16); // 01:40 + 16 × 20 min
    assertThat(at0700.at())
        .isEqualTo(com.naversms.core.rules.fixtures.BookingBuilder.kst("2026-11-28 07:00"));
    assertThat(PlanAssertions.summary(at0700))
        .containsExactly(
            "1000001_4 Two-Hour Confirmation Sync: create_db_record",
            "1000001_4 Two-Hour Confirmation Sync: send_sms(confirmation)",
            "1000001_4 Two-Hour Confirmation Sync: update_flag(confirm_sms=true)",
            "1000001_4 Two-Hour Reminder: send_sms(guide)",
            "1000001_4 Two-Hour Reminder: update_flag(remind_sms=true)",
            "1000001_4 Two-Hour Reminder: send_telegram(상세안내 강남점 김예시 0004)");
    assertThat(at0700.skipped())
        .filteredOn(s -> s.rule().equals(RULE_1))
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("deferred by quiet hours until 08:00"));
  }

  @Test
  void aGuideDueOnlyInsideQuietHours_isNotSentAfterThemOnceItsSlotHasPassed() {
    // the shipped rules with the guide not exempt
    QuietHoursWorld world =
        new QuietHoursWorld(
            QuietHoursWorld.shippedWith(
                dir,
                rules ->
                    rules.replace(
                        "    priority: \"high\"\n    quiet_hours: false\n    conditions:\n"
                            + "      - type: \"booking_status\"\n        params:\n"
                            + "          status: \"RC03\"\n      - type: \"time_before_booking\"\n"
                            + "        params:\n          hours: 2\n      - type: \"flag_not_set\"\n"
                            + "        params:\n          flag: \"remind_sms\"",
                        "    priority: \"high\"\n    conditions:\n"
                            + "      - type: \"booking_status\"\n        params:\n"
                            + "          status: \"RC03\"\n      - type: \"time_before_booking\"\n"
                            + "        params:\n          hours: 2\n      - type: \"flag_not_set\"\n"
                            + "        params:\n          flag: \"remind_sms\"")));
    Booking b = booking(5, "2026-11-27 23:30");
    world.cycle("2026-11-27 12:00", b); // confirmed by day
    assertThat(world.sent()).containsExactly("2026-11-27 12:00 confirmation 1000001_5");

    List<Plan> plans = everyTwentyMinutes(world, "2026-11-27 21:20", "2026-11-28 09:00", b);

    assertThat(world.sent()).as("no guide: due only 21:30-23:30").hasSize(1);
    assertThat(plans.get(1).at())
        .isEqualTo(com.naversms.core.rules.fixtures.BookingBuilder.kst("2026-11-27 21:40"));
    assertThat(plans.get(1).skipped())
        .filteredOn(s -> s.rule().equals("Two-Hour Reminder"))
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("deferred by quiet hours until 08:00"));
    assertThat(plans.getLast().skipped())
        .filteredOn(s -> s.rule().equals("Two-Hour Reminder"))
        .singleElement()
        .satisfies(s -> assertThat(s.condition()).startsWith("time_before_booking"));
  }

  @Test
  void aRuleWithItsOwnWindow_keepsThatOne() {
    var config =
        QuietHoursWorld.shippedWith(
            dir,
            rules ->
                rules.replace(
                    "    priority: \"high\"\n    conditions:\n      - type: \"booking_not_in_db\"",
                    "    priority: \"high\"\n    quiet_hours: {start: \"22:30\", end: \"07:00\"}\n"
                        + "    conditions:\n      - type: \"booking_not_in_db\""));
    Booking b = booking(6, "2026-11-28 15:00");

    assertThat(templates(new QuietHoursWorld(config).cycle("2026-11-27 22:29", b)))
        .containsExactly("confirmation");
    assertThat(new QuietHoursWorld(config).cycle("2026-11-27 22:30", b).actions()).isEmpty();
    Plan early = new QuietHoursWorld(config).cycle("2026-11-28 06:59", b);
    assertThat(early.actions()).isEmpty();
    assertThat(early.skipped())
        .filteredOn(s -> s.rule().equals(RULE_1))
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("deferred by quiet hours until 07:00"));
    assertThat(templates(new QuietHoursWorld(config).cycle("2026-11-28 07:00", b)))
        .containsExactly("confirmation");
  }

  @Test
  void aRuleWithQuietHoursFalse_isExempt() {
    var config =
        QuietHoursWorld.shippedWith(
            dir,
            rules ->
                rules.replace(
                    "    priority: \"high\"\n    conditions:\n      - type: \"booking_not_in_db\"",
                    "    priority: \"high\"\n    quiet_hours: false\n"
                        + "    conditions:\n      - type: \"booking_not_in_db\""));

    assertThat(
            templates(
                new QuietHoursWorld(config)
                    .cycle("2026-11-28 01:40", booking(7, "2026-11-28 15:00"))))
        .containsExactly("confirmation");
  }

  @Test
  void aRulesFileWithoutQuietHours_sendsAtNightAsTheLegacyDid() {
    var config =
        QuietHoursWorld.shippedWith(
            dir,
            rules -> rules.replace("quiet_hours:\n  start: \"21:00\"\n  end: \"08:00\"\n", ""));

    assertThat(config.quietHours()).isEmpty();
    assertThat(
            templates(
                new QuietHoursWorld(config)
                    .cycle("2026-11-28 01:40", booking(8, "2026-11-28 15:00"))))
        .containsExactly("confirmation");
  }

  /** Cycles at :00, :20, :40 from {@code from} to {@code to} inclusive. */
  private static List<Plan> everyTwentyMinutes(
      QuietHoursWorld world, String from, String to, Booking... bookings) {
    List<Plan> plans = new ArrayList<>();
    LocalDateTime end = LocalDateTime.parse(to, AT);
    for (LocalDateTime t = LocalDateTime.parse(from, AT); !t.isAfter(end); t = t.plusMinutes(20)) {
      plans.add(world.cycle(t.format(AT), bookings));
    }
    return plans;
  }
}
