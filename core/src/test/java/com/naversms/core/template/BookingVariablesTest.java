package com.naversms.core.template;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.naversms.core.booking.Booking;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The booking variables templates read, worked out on first read, as the legacy context had them.
 */
class BookingVariablesTest {
  private final Booking booking =
      aBooking()
          .id(9001)
          .store("1000001")
          .name("김테스트")
          .phone("01000001234")
          .status("RC03")
          .startingAt("2026-11-27 14:30")
          .withOption("네이버 리뷰 이벤트", 1)
          .withOption("전문가 보정", 2)
          .build();

  @Test
  void everyVariable_hasTheLegacyValue_inTheDocumentedOrder() {
    Map<String, Object> vars = TemplateContext.bookingVariables(booking, List.of("네이버"));

    assertThat(new LinkedHashMap<>(vars))
        .containsExactly(
            entry("name", "김테스트"),
            entry("phone", "010-0000-1234"),
            entry("phone_digits", "01000001234"),
            entry("phone_masked", "010-****-1234"),
            entry("phone_last4", "1234"),
            entry("booking_num", "1000001_9001"),
            entry("book_id", 9001L),
            entry("biz_id", "1000001"),
            entry("store_id", "1000001"),
            entry("status", "RC03"),
            entry("reserve_at", "2026-11-27 14:30"),
            entry("booking_time", "2026-11-27 14:30:00"),
            entry("date", "2026-11-27"),
            entry("time", "14:30"),
            entry("option", true),
            entry("coupon_name", ""),
            entry("has_pro_edit_option", true),
            entry("pro_edit_count", 2),
            entry("has_edit_add_person_option", false),
            entry("edit_add_person_count", 0),
            entry(
                "option_keywords",
                List.of(
                    Map.of("name", "네이버 리뷰 이벤트", "bookingCount", 1, "price", 0L),
                    Map.of("name", "전문가 보정", "bookingCount", 2, "price", 0L))),
            entry(
                "options",
                List.of(
                    Map.of("name", "네이버 리뷰 이벤트", "count", 1, "price", 0L, "category", "OPTION"),
                    Map.of("name", "전문가 보정", "count", 2, "price", 0L, "category", "OPTION"))),
            entry("email", ""),
            entry("biz_item_name", ""));
  }

  @Test
  void unknownNames_areNotVariables_soStrictTemplatesStillRefuseThem() {
    Map<String, Object> vars = TemplateContext.bookingVariables(booking, List.of());

    assertThat(vars.containsKey("door_code")).isFalse();
    assertThat(vars.get("door_code")).isNull();
    assertThat(vars.containsKey("time")).isTrue();
    assertThat(vars).hasSize(24);
  }

  @Test
  void aVariable_readTwice_isWorkedOutOnce() {
    Map<String, Object> vars = TemplateContext.bookingVariables(booking, List.of());

    assertThat(vars.get("options")).isSameAs(vars.get("options"));
  }
}
