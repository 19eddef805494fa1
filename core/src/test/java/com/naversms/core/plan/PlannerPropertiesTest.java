package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.fixtures.BookingBuilder;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the planner over random bookings, records and times (QuickTheories). */
class PlannerPropertiesTest {
  private static final Configuration DEFAULTS = TestConfig.legacyRules();
  private static final Instant BASE = kst("2026-11-27 00:00");
  private static final List<String> STORES =
      List.of(TestConfig.STORE_A, TestConfig.STORE_B, "5550000");
  private static final List<String> STATUSES = List.of("RC03", "RC03", "RC08", "RC01");
  private static final List<String> OPTIONS = List.of("네이버 리뷰", "인스타 후기", "원본", "액자", "전문가 보정");

  /** A random cycle: bookings, their records as at the start, and now. */
  record World(List<Booking> bookings, Map<RecordKey, StoredRecord> records, Instant now) {}

  private static Gen<World> worlds(boolean allFlagsSet) {
    return longs()
        .all()
        .zip(
            integers().between(0, 8),
            integers().between(0, 3 * 24 * 60),
            (seed, size, nowMinute) ->
                world(new Random(seed), size, BASE.plusSeconds(60L * nowMinute), allFlagsSet));
  }

  private static World world(Random r, int size, Instant now, boolean allFlagsSet) {
    List<Booking> bookings = new ArrayList<>();
    Map<RecordKey, StoredRecord> records = new HashMap<>();
    for (int i = 0; i < size; i++) {
      BookingBuilder b =
          aBooking()
              .id(1000 + r.nextInt(6))
              .store(STORES.get(r.nextInt(STORES.size())))
              .status(STATUSES.get(r.nextInt(STATUSES.size())))
              .phone(String.format("0100000%04d", r.nextInt(10_000)))
              .startingAt(BASE.plusSeconds(60L * (r.nextInt(5 * 24 * 60) - 24 * 60)));
      for (int o = r.nextInt(3); o > 0; o--) {
        b.withOption(OPTIONS.get(r.nextInt(OPTIONS.size())), 1 + r.nextInt(3));
      }
      Booking booking = b.build();
      bookings.add(booking);
      if (allFlagsSet || r.nextBoolean()) {
        var record =
            aRecordFor(booking)
                .flags(
                    allFlagsSet || r.nextBoolean(),
                    allFlagsSet || r.nextBoolean(),
                    allFlagsSet || r.nextBoolean());
        records.putAll(record.asMap());
      }
    }
    return new World(bookings, records, now);
  }

  private static Plan plan(World w) {
    return Planner.plan(w.bookings(), w.records(), w.now(), DEFAULTS);
  }

  @Test
  void planningIsDeterministic() {
    qt().withExamples(150)
        .forAll(worlds(false))
        .checkAssert(w -> {
          World copy = new World(List.copyOf(w.bookings()), new HashMap<>(w.records()), w.now());
          assertThat(plan(copy)).isEqualTo(plan(w));
        });
  }

  @Test
  void noTemplateIsPlannedTwiceForOneBooking() {
    qt().withExamples(150)
        .forAll(worlds(false))
        .checkAssert(w -> {
          Map<String, Long> counts =
              PlanAssertions.sms(plan(w)).stream()
                  .collect(
                      Collectors.groupingBy(
                          s -> s.bookingNum() + "|" + s.template(), Collectors.counting()));
          assertThat(counts.values()).allMatch(n -> n == 1);
        });
  }

  @Test
  void aBookingWithAllThreeFlagsSet_getsNoSmsFromTheDefaultRules() {
    qt().withExamples(150)
        .forAll(worlds(true))
        .checkAssert(w -> assertThat(PlanAssertions.sms(plan(w))).isEmpty());
  }

  @Test
  void shippedConfig_allThreeFlagsSet_noSms_andNoTemplateTwice() {
    Configuration shipped = DefaultRulesBoundaryTest.ShippedConfig.load();
    String store = shipped.stores().all().get(0).id();
    qt().withExamples(100)
        .forAll(worlds(true), worlds(false))
        .checkAssert((flagged, any) -> {
          assertThat(
                  PlanAssertions.sms(
                      Planner.plan(
                          atStore(flagged.bookings(), store),
                          recordsAt(flagged, store),
                          flagged.now(),
                          shipped)))
              .isEmpty();
          var counts =
              PlanAssertions.sms(
                      Planner.plan(atStore(any.bookings(), store), Map.of(), any.now(), shipped))
                  .stream()
                  .collect(
                      Collectors.groupingBy(
                          s -> s.bookingNum() + "|" + s.template(), Collectors.counting()));
          assertThat(counts.values()).allMatch(n -> n == 1);
        });
  }

  private static List<Booking> atStore(List<Booking> bookings, String store) {
    return bookings.stream().map(b -> withStore(b, store)).toList();
  }

  private static Map<RecordKey, StoredRecord> recordsAt(World w, String store) {
    Map<RecordKey, StoredRecord> out = new HashMap<>();
    for (Booking b : atStore(w.bookings(), store)) {
      out.putAll(aRecordFor(b).flags(true, true, true).asMap());
    }
    return out;
  }

  private static Booking withStore(Booking b, String store) {
    return new Booking(
        b.bookingId(),
        store,
        b.name(),
        b.phone(),
        b.statusCode(),
        b.start(),
        b.end(),
        b.options(),
        b.formAnswers(),
        b.coupons(),
        b.prices(),
        b.email(),
        b.registeredAt(),
        b.confirmedAt(),
        b.raw());
  }

  @Test
  void noSmsIsPlannedWhoseFlagWasAlreadySet() {
    qt().withExamples(150)
        .forAll(worlds(false))
        .checkAssert(w ->
            assertThat(PlanAssertions.sms(plan(w)))
                .noneMatch(s ->
                    w.records().containsKey(s.key()) && w.records().get(s.key()).flag(s.flag())));
  }

  @Test
  void eachBookingIsPlannedAsIfAlone() {
    qt().withExamples(100)
        .forAll(worlds(false))
        .checkAssert(w -> {
          Plan together = plan(w);
          Map<String, Booking> firstOfEach =
              w.bookings().stream()
                  .collect(Collectors.toMap(Booking::bookingNum, Function.identity(), (a, b) -> a));
          for (Booking b : firstOfEach.values()) {
            Plan alone = plan(new World(List.of(b), w.records(), w.now()));
            assertThat(
                    together.actions().stream()
                        .filter(a -> a.bookingNum().equals(b.bookingNum()))
                        .toList())
                .isEqualTo(alone.actions());
          }
        });
  }

  @Test
  void everySmsIsSizedAndTypedByItsEucKrBytes() {
    Charset eucKr = Charset.forName("EUC-KR");
    qt().withExamples(100)
        .forAll(worlds(false))
        .checkAssert(w -> {
          for (PlannedAction.SendSms s : PlanAssertions.sms(plan(w))) {
            assertThat(s.bytes()).isEqualTo(s.text().getBytes(eucKr).length);
            assertThat(s.messageType())
                .isEqualTo(s.bytes() <= 90 ? MessageType.SMS : MessageType.LMS);
            assertThat(s.to()).matches("[0-9]+");
          }
        });
  }
}
