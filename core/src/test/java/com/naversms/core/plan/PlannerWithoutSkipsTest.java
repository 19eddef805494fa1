package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static com.naversms.core.rules.fixtures.TestConfig.rule;
import static com.naversms.core.rules.fixtures.TestConfig.telegram;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Evaluator;
import com.naversms.core.rules.Firing;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.Situation;
import com.naversms.core.rules.fixtures.BookingBuilder;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cycle's planner ({@link Planner#planWithoutSkips}) decides exactly as the explaining one:
 * same actions, same problems, only without the skips; {@link Firing} agrees with {@link Evaluator}
 * on every condition type.
 */
class PlannerWithoutSkipsTest {
  private static final Instant BASE = kst("2026-11-27 00:00");
  private static final List<String> STORES = List.of(TestConfig.STORE_A, TestConfig.STORE_B, "55");
  private static final List<String> STATUSES = List.of("RC03", "RC08", "RC01");
  private static final List<String> OPTIONS = List.of("네이버 리뷰", "인스타 후기", "원본", "전문가 보정");

  /** One rule per condition type, alone and inside all/any/not. */
  private static final List<Condition> EVERY_CONDITION =
      List.of(
          new Condition.BookingNotInDb(),
          new Condition.BookingInDb(),
          new Condition.FlagNotSet("confirm_sms"),
          new Condition.FlagSet("remind_sms"),
          new Condition.TimeBeforeBooking(2),
          new Condition.CurrentHour(20),
          new Condition.DateIsToday(),
          new Condition.DateRange(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28)),
          new Condition.BookingStatus("RC03"),
          new Condition.BookingStatusAny(List.of("RC08", "RC01")),
          new Condition.HasOptionKeyword(List.of()),
          new Condition.HasOptionKeyword(List.of("후기", "")),
          new Condition.HasMultipleOptions(List.of("네이버"), 2),
          new Condition.HasProEditOption(),
          new Condition.StoreIdMatches(List.of(TestConfig.STORE_A)),
          new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ofMinutes(30)),
          new Condition.TimeBeforeBooking(Duration.ofHours(24), Duration.ofHours(20)),
          new Condition.TimeAfterBookingEnd(Duration.ofMinutes(30), Duration.ofHours(24)),
          new Condition.BizItem(List.of("60분", "프로필")));

  private static final List<String> ITEMS = List.of("60분 이용/4인 기준", "110분 이용", "");

  private static Configuration everyCondition() {
    List<Rule> rules = new ArrayList<>();
    for (Condition c : EVERY_CONDITION) {
      rules.add(rule("only " + c, c, telegram("{{ booking.name }}")));
      rules.add(rule("not " + c, new Condition.Not(c), telegram("{{ store.alias }}")));
    }
    rules.add(rule("all", new Condition.All(EVERY_CONDITION.subList(0, 5)), telegram("a")));
    rules.add(rule("any", new Condition.Any(EVERY_CONDITION.subList(5, 10)), telegram("b")));
    rules.add(rule("empty any", new Condition.Any(List.of()), telegram("c")));
    return TestConfig.withRules(rules.toArray(Rule[]::new));
  }

  @Test
  void sameActionsAndProblems_noSkips_forTheDefaultRulesAndEveryConditionType() {
    Random r = new Random(7);
    for (Configuration config : List.of(TestConfig.legacyRules(), everyCondition())) {
      for (int world = 0; world < 300; world++) {
        Map<RecordKey, StoredRecord> records = new HashMap<>();
        List<Booking> bookings = bookings(r, records);
        Instant now = BASE.plusSeconds(60L * r.nextInt(3 * 24 * 60));
        Plan explained = Planner.plan(bookings, records, now, config);
        Plan quiet = Planner.planWithoutSkips(bookings, records, now, config);
        assertThat(quiet.actions()).isEqualTo(explained.actions());
        assertThat(quiet.problems()).isEqualTo(explained.problems());
        assertThat(quiet.skipped()).isEmpty();
        for (Booking b : bookings) {
          Situation s =
              new Situation(
                  b, Optional.ofNullable(records.get(RecordKeys.of(b, records))), now, config);
          for (Rule rule : config.rules()) {
            assertThat(Firing.of(s).fires(rule))
                .as("%s for booking %s", rule.name(), b.bookingNum())
                .isEqualTo(Evaluator.evaluate(rule, s).holds());
          }
        }
      }
    }
  }

  private static List<Booking> bookings(Random r, Map<RecordKey, StoredRecord> records) {
    List<Booking> bookings = new ArrayList<>();
    for (int i = r.nextInt(8); i > 0; i--) {
      BookingBuilder b =
          aBooking()
              .id(1000 + r.nextInt(6))
              .store(STORES.get(r.nextInt(STORES.size())))
              .status(STATUSES.get(r.nextInt(STATUSES.size())))
              .phone(String.format("0100000%04d", r.nextInt(10_000)))
              .startingAt(BASE.plusSeconds(60L * (r.nextInt(5 * 24 * 60) - 24 * 60)));
      int minutes = r.nextInt(240);
      b.lasting(minutes == 0 ? null : Duration.ofMinutes(minutes));
      String item = ITEMS.get(r.nextInt(ITEMS.size()));
      if (!item.isEmpty()) {
        b.bizItem(item);
      }
      for (int o = r.nextInt(3); o > 0; o--) {
        b.withOption(OPTIONS.get(r.nextInt(OPTIONS.size())), r.nextInt(4));
      }
      Booking booking = b.build();
      bookings.add(booking);
      if (r.nextBoolean()) {
        records.putAll(
            aRecordFor(booking).flags(r.nextBoolean(), r.nextBoolean(), r.nextBoolean()).asMap());
      }
    }
    return bookings;
  }
}
