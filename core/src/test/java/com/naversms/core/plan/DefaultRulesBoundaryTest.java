package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.sms;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.fixtures.BookingBuilder;
import com.naversms.core.rules.fixtures.RecordBuilder;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped default rules (legacy rules 1-4, rules 1-3 limited to RC03) against the legacy
 * boundary table (reference 1.11). Where we differ from the legacy on purpose, the case names the
 * intended difference id of docs/compatibility.md.
 */
class DefaultRulesBoundaryTest {
  static Configuration config = TestConfig.legacyRules();

  /**
   * One row: what we plan, what the legacy did (the refactor where the row says so), and the
   * difference id when they differ.
   */
  record Case(
      String situation,
      BookingBuilder booking,
      UnaryOperator<RecordBuilder> record,
      String now,
      List<String> ours,
      List<String> legacy,
      String differenceId) {
    @Override
    public String toString() {
      return situation;
    }
  }

  private static final UnaryOperator<RecordBuilder> NO_RECORD = null;
  private static final String SLOT = "2026-11-27 15:00";

  static Stream<Case> table() {
    BookingBuilder rc03 = aBooking().startingAt(SLOT);
    return Stream.of(
        new Case(
            "new booking, now = start - 2h exactly",
            rc03,
            NO_RECORD,
            "2026-11-27 13:00",
            List.of("confirmation", "guide"),
            List.of("confirmation", "guide"),
            null),
        new Case(
            "existing record (confirmed), now = start - 2h exactly",
            rc03,
            r -> r.confirmed(),
            "2026-11-27 13:00",
            List.of("guide"),
            List.of(),
            "D2"),
        new Case(
            "new booking inside the window",
            rc03,
            NO_RECORD,
            "2026-11-27 14:10",
            List.of("confirmation", "guide"),
            List.of("confirmation", "guide"),
            null),
        new Case(
            "existing unconfirmed record inside the window",
            rc03,
            r -> r,
            "2026-11-27 14:10",
            List.of("confirmation", "guide"),
            List.of("confirmation", "guide"),
            null),
        new Case(
            "existing confirmed record inside the window",
            rc03,
            r -> r.confirmed(),
            "2026-11-27 14:10",
            List.of("guide"),
            List.of("guide"),
            null),
        new Case(
            "existing reminded record inside the window",
            rc03,
            r -> r.confirmed().reminded(),
            "2026-11-27 14:10",
            List.of(),
            List.of(),
            null),
        new Case(
            "new booking, now = start exactly",
            rc03,
            NO_RECORD,
            SLOT,
            List.of("confirmation"),
            List.of("confirmation"),
            null),
        new Case(
            "existing record, now = start exactly",
            rc03,
            r -> r.confirmed(),
            SLOT,
            List.of(),
            List.of(),
            null),
        new Case(
            "new booking after the start, same day",
            rc03,
            NO_RECORD,
            "2026-11-27 16:00",
            List.of("confirmation"),
            List.of("confirmation"),
            null),
        new Case(
            "existing record after the start",
            rc03,
            r -> r.confirmed(),
            "2026-11-27 16:00",
            List.of(),
            List.of(),
            null),
        new Case(
            "20:00, RC03, option, slot today, record",
            aBooking().startingAt("2026-11-27 11:00").withOption("네이버 리뷰", 1),
            r -> r.confirmed().reminded(),
            "2026-11-27 20:00",
            List.of("event"),
            List.of(),
            "D4"),
        new Case(
            "20:00, RC08, option, slot today, record",
            rc08Today(),
            r -> r.confirmed().reminded(),
            "2026-11-27 20:00",
            List.of("event"),
            List.of("event"),
            null),
        new Case(
            "20:40, RC08, option, slot today, record",
            rc08Today(),
            r -> r.confirmed().reminded(),
            "2026-11-27 20:40",
            List.of("event"),
            List.of("event"),
            null),
        new Case(
            "19:59, RC08, option, slot today, record",
            rc08Today(),
            r -> r.confirmed().reminded(),
            "2026-11-27 19:59",
            List.of(),
            List.of(),
            null),
        new Case(
            "21:00, RC08, option, slot today, record",
            rc08Today(),
            r -> r.confirmed().reminded(),
            "2026-11-27 21:00",
            List.of(),
            List.of(),
            null),
        new Case(
            "20:00, RC08, option, slot yesterday, record",
            aBooking().status("RC08").startingAt("2026-11-26 11:00").withOption("인스타 리뷰", 1),
            r -> r.confirmed().reminded(),
            "2026-11-27 20:00",
            List.of(),
            List.of("event"),
            "D5"),
        new Case(
            "20:00, RC08, option, slot today, no record",
            rc08Today(),
            NO_RECORD,
            "2026-11-27 20:00",
            List.of("event"),
            List.of(),
            "D6"),
        new Case(
            "20:00, RC08, no option, slot today, record",
            aBooking().status("RC08").startingAt("2026-11-27 11:00").withOption("액자", 1),
            r -> r.confirmed().reminded(),
            "2026-11-27 20:00",
            List.of(),
            List.of(),
            null),
        new Case(
            "20:00, RC08, option already sent",
            rc08Today(),
            r -> r.confirmed().reminded().optionSent(),
            "2026-11-27 20:00",
            List.of(),
            List.of(),
            null),
        // The legacy ignored RC08 bookings without a record too; the refactor confirmed them.
        new Case(
            "12:00, RC08, no record (vs the refactor)",
            rc08Today(),
            NO_RECORD,
            "2026-11-27 12:00",
            List.of(),
            List.of("confirmation"),
            "D3"),
        // Issue 11.8: a completed visit inside the 2-hour window gets neither confirmation nor
        // guide (the legacy only reminded RC03 bookings; the refactor messaged these too).
        new Case(
            "14:00, RC08 inside the window, record, nothing sent (vs the refactor)",
            aBooking().status("RC08").startingAt(SLOT),
            r -> r,
            "2026-11-27 14:00",
            List.of(),
            List.of("confirmation", "guide"),
            "D3"),
        new Case(
            "14:00, RC08 inside the window, record confirmed (vs the refactor)",
            aBooking().status("RC08").startingAt(SLOT),
            r -> r.confirmed(),
            "2026-11-27 14:00",
            List.of(),
            List.of("guide"),
            "D3"),
        new Case(
            "20:00, new RC03 booking with option, slot today, 21:30",
            aBooking().startingAt("2026-11-27 21:30").withOption("원본 요청", 1),
            NO_RECORD,
            "2026-11-27 20:00",
            List.of("confirmation", "guide", "event"),
            List.of("confirmation", "guide"),
            "D7"));
  }

  private static BookingBuilder rc08Today() {
    return aBooking().status("RC08").startingAt("2026-11-27 11:00").withOption("네이버 리뷰", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void defaultRules_atTheLegacyBoundaries(Case c) throws IOException {
    check(c, config, TestConfig.STORE_A);
  }

  /** The same table against the shipped config/ folder, loaded as the service loads it. */
  @ParameterizedTest(name = "shipped config: {0}")
  @MethodSource("table")
  void shippedConfig_atTheLegacyBoundaries(Case c) throws IOException {
    Configuration shipped = ShippedConfig.load();
    check(c, shipped, shipped.stores().all().get(0).id());
  }

  @Test
  void shippedConfig_enablesExactlyTheLegacyRulesOneToFour_inOrder() {
    Configuration shipped = ShippedConfig.load();
    assertThat(shipped.rules().stream().filter(Rule::enabled).map(Rule::name))
        .containsExactly(
            TestConfig.RULE_1, TestConfig.RULE_2, TestConfig.RULE_3, TestConfig.RULE_4);
    assertThat(shipped.optionKeywords()).containsExactlyElementsOf(TestConfig.KEYWORDS);
  }

  private static void check(Case c, Configuration config, String store) throws IOException {
    Booking b = c.booking().store(store).build();
    Map<RecordKey, StoredRecord> records =
        c.record() == null ? Map.of() : c.record().apply(aRecordFor(b)).asMap();
    Plan plan = Planner.plan(List.of(b), records, kst(c.now()), config);
    assertThat(sms(plan))
        .extracting(PlannedAction.SendSms::template)
        .containsExactlyElementsOf(c.ours());
    assertThat(plan.problems()).isEmpty();
    if (c.differenceId() == null) {
      assertThat(c.ours()).as("no difference id, so same as the legacy").isEqualTo(c.legacy());
    } else {
      assertThat(c.ours()).as("a difference id, so not as the legacy").isNotEqualTo(c.legacy());
      assertThat(IntendedDifferences.ids()).contains(c.differenceId());
    }
  }

  /** The repository's config/ folder (tests run in the core module folder). */
  static final class ShippedConfig {
    static Configuration load() {
      Path dir = Path.of("..", "config");
      assertThat(dir.resolve("rules.yaml")).as("the shipped config folder").exists();
      return ConfigLoader.load(dir);
    }
  }

  @Test
  void everyDocumentedDifferenceIdIsUnique() throws IOException {
    assertThat(IntendedDifferences.ids()).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void everyDifferenceInDocsCompatibilityIsInTheList() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "compatibility.md"));
    List<String> documented =
        java.util.regex.Pattern.compile("\\*\\*(D[0-9]+) ")
            .matcher(doc)
            .results()
            .map(m -> m.group(1))
            .distinct()
            .toList();

    assertThat(IntendedDifferences.ids())
        .as("intended-differences.txt against docs/compatibility.md")
        .containsExactlyInAnyOrderElementsOf(documented);
  }

  /** The machine-readable list the comparison labels differences with. */
  static final class IntendedDifferences {
    static List<String> ids() throws IOException {
      try (InputStream in =
          DefaultRulesBoundaryTest.class.getResourceAsStream(
              "/compatibility/intended-differences.txt")) {
        assertThat(in).as("compatibility/intended-differences.txt on the classpath").isNotNull();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\\s+", 2)[0])
            .toList();
      }
    }
  }
}
