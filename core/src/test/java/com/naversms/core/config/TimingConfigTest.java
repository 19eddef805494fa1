package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.rules.Condition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML of issue 15 item 6 read into conditions (the refused forms: config-invalid/). */
class TimingConfigTest {
  @TempDir Path dir;

  private List<Condition> conditions(String yamlConditions) throws IOException {
    for (String f : new String[] {"stores.yaml", "sms_templates.yaml"}) {
      Files.copy(ShippedConfigTest.SHIPPED.resolve(f), dir.resolve(f));
    }
    String rules =
        "rules:\n  - name: \"R\"\n    conditions:\n"
            + yamlConditions.indent(6)
            + "    actions:\n      - type: \"log_event\"\n        params: {event_type: x}\n";
    Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
    return ((Condition.All) ConfigLoader.load(dir).rules().get(0).condition()).conditions();
  }

  @Test
  void legacyHours_andTheSameInMinutes_areOneCondition() throws IOException {
    assertThat(
            conditions(
                """
                - type: "time_before_booking"
                  params: {hours: 2}
                - type: "time_before_booking"
                  params: {minutes: 120}
                """))
        .containsExactly(new Condition.TimeBeforeBooking(2), new Condition.TimeBeforeBooking(2));
  }

  @Test
  void lowerBounds_inHoursOrMinutes() throws IOException {
    assertThat(
            conditions(
                """
                - type: "time_before_booking"
                  params: {hours: 24, min_hours: 20}
                - type: "time_before_booking"
                  params: {minutes: 90, min_minutes: 30}
                - type: "time_before_booking"
                  params: {hours: 3, min_minutes: 0}
                """))
        .containsExactly(
            new Condition.TimeBeforeBooking(Duration.ofHours(24), Duration.ofHours(20)),
            new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ofMinutes(30)),
            new Condition.TimeBeforeBooking(3));
  }

  @Test
  void afterEnd_withinDefaultsTo24Hours_andBizItemKeepsItsNames() throws IOException {
    assertThat(
            conditions(
                """
                - type: "time_after_booking_end"
                  params: {minutes: 30}
                - type: "time_after_booking_end"
                  params: {hours: 2, within_hours: 6}
                - type: "biz_item"
                  params: {names: ["프로필", "60분"]}
                """))
        .containsExactly(
            new Condition.TimeAfterBookingEnd(Duration.ofMinutes(30), Duration.ofHours(24)),
            new Condition.TimeAfterBookingEnd(Duration.ofHours(2), Duration.ofHours(6)),
            new Condition.BizItem(List.of("프로필", "60분")));
  }
}
