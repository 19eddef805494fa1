package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.simulator.naver.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final List<String> STORES = List.of("1000001", "1000002", "1000003");

  @SuppressWarnings("unchecked")
  static Map<String, Object> snapshot(Map<String, Object> booking) {
    return (Map<String, Object>) booking.get("snapshotJson");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> options(Map<String, Object> booking) {
    return (List<Map<String, Object>>) snapshot(booking).get("bookingOptionJson");
  }

  @Test
  void sameSeed_sameBookings_otherSeed_otherBookings() {
    String a = Scenario.generated(1, STORES, 20, DAY).toJson();
    assertThat(Scenario.generated(1, STORES, 20, DAY).toJson()).isEqualTo(a);
    assertThat(Scenario.generated(2, STORES, 20, DAY).toJson()).isNotEqualTo(a);
  }

  @Test
  void generatedBookings_havePartnerApiShapeWithinTheBusinessDay() {
    List<Map<String, Object>> bookings = Scenario.generated(3, STORES, 20, DAY).bookings();
    assertThat(bookings).hasSize(60);
    for (Map<String, Object> b : bookings) {
      assertThat(b)
          .containsKeys(
              "bookingId", "businessId", "bookingStatusCode", "name", "phone", "snapshotJson");
      assertThat((String) b.get("phone")).matches("0100000\\d{4}");
      assertThat(b.get("startDate")).isEqualTo("2026-11-27");
      Instant start = Instant.parse((String) snapshot(b).get("startDateTime"));
      LocalTime kst = start.atZone(ZoneId.of("Asia/Seoul")).toLocalTime();
      assertThat(kst).isBetween(LocalTime.of(10, 0), LocalTime.of(20, 0));
      Instant end = Instant.parse((String) snapshot(b).get("endDateTime"));
      assertThat(end.atZone(ZoneId.of("Asia/Seoul")).toLocalTime())
          .isBeforeOrEqualTo(LocalTime.of(21, 0));
    }
    assertThat(bookings).extracting(b -> b.get("bookingStatusCode")).contains("RC03", "RC08");
    assertThat(bookings)
        .filteredOn(b -> b.get("bookingStatusCode").equals("RC03"))
        .hasSizeGreaterThan(40);
    List<String> optionNames =
        bookings.stream()
            .flatMap(b -> options(b).stream())
            .map(o -> (String) o.get("name"))
            .toList();
    assertThat(optionNames).anyMatch(n -> n.contains("네이버"));
    assertThat(optionNames).anyMatch(n -> n.contains("인스타"));
    assertThat(optionNames).anyMatch(n -> n.contains("원본"));
    assertThat(optionNames).anyMatch(n -> n.contains("전문가 보정"));
  }

  @Test
  void fromJson_readsThePartnerApiArray() {
    Scenario scenario = Scenario.fromJson(SampleJson.text());
    assertThat(scenario.bookings()).hasSize(3);
    assertThat(scenario.byStore()).containsOnlyKeys("1000001");
    assertThatThrownBy(() -> Scenario.fromJson("{\"not\":\"an array\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
