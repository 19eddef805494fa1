package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.input.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingJsonTest {

  private static String sample() throws IOException {
    try (InputStream in = BookingJsonTest.class.getResourceAsStream("bookings-page.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sharedSample_readsThreeBookingsWithKoreanStartTimes() throws IOException {
    BookingRead read = BookingJson.read(sample(), "bookings-page.json");

    assertThat(read.problems()).isEmpty();
    assertThat(read.bookings()).hasSize(3);
    Booking first = read.bookings().get(0);
    assertThat(first.bookingId()).isEqualTo(9100000001L);
    assertThat(first.storeId()).isEqualTo("1000001");
    assertThat(first.bookingNum()).isEqualTo("1000001_9100000001");
    assertThat(first.name()).isEqualTo("김민준");
    assertThat(first.phone()).isEqualTo("01000001234");
    assertThat(first.statusCode()).isEqualTo("RC03");
    assertThat(first.start()).isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
    assertThat(first.startLocal()).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 0));
    assertThat(first.endLocal()).isEqualTo(LocalDateTime.of(2026, 11, 27, 15, 50));
    assertThat(first.options())
        .extracting(Booking.BookingOption::name)
        .containsExactly("110분/1~4인 촬영/4컷 무료 편집", "무료 인화지 (네이버 포토리뷰 약속 시)");
    assertThat(first.options().get(0).category()).isEqualTo("REQUIRED");
    assertThat(first.coupons()).extracting(Booking.Coupon::name).containsExactly("평일 1시간 추가 쿠폰");
    assertThat(first.formAnswers()).extracting(Booking.FormAnswer::value).containsExactly("네");
    assertThat(first.prices()).isEqualTo(new Booking.Prices(45000, 0, 45000));
    assertThat(first.email()).isEqualTo("customer1@example.com");
    assertThat(first.registeredAt().toString()).isEqualTo("2026-11-20T11:18:43+09:00");
    assertThat(first.raw()).containsEntry("bizItemName", "110분 이용/4인 기준");
    assertThat(first.raw().get("snapshotJson")).isInstanceOf(Map.class);

    Booking second = read.bookings().get(1);
    assertThat(second.options().get(1))
        .isEqualTo(new Booking.BookingOption("전문가 보정", 3, 5000, "CUSTOM"));
    Booking third = read.bookings().get(2);
    assertThat(third.statusCode()).isEqualTo("RC08");
    assertThat(third.startLocal()).isEqualTo(LocalDateTime.of(2026, 11, 26, 11, 0));
  }

  @Test
  void utcStartLateInTheDay_fallsOnTheNextKoreanDate() {
    String json =
        "[{\"bookingId\": 5, \"businessId\": \"1000002\", \"phone\": \"010-0000-1111\","
            + " \"snapshotJson\": {\"startDateTime\": \"2026-11-27T16:30:00Z\"}}]";

    Booking b = BookingJson.read(json, "t.json").bookings().get(0);

    assertThat(b.startLocal().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(b.startLocal().getHour()).isEqualTo(1);
    assertThat(b.phone()).isEqualTo("01000001111");
    assertThat(b.storeId()).isEqualTo("1000002");
  }

  @Test
  void anyIsoOffsetIsAccepted_andStoreFallsBackToSnapshot() {
    String json =
        "[{\"bookingId\": \"6\", \"phone\": \"01000002222\", \"snapshotJson\":"
            + " {\"businessId\": 1000003, \"startDateTime\": \"2026-11-27T10:00:00.000+09:00\"}}]";

    Booking b = BookingJson.read(json, "t.json").bookings().get(0);

    assertThat(b.start()).isEqualTo(Instant.parse("2026-11-27T01:00:00Z"));
    assertThat(b.storeId()).isEqualTo("1000003");
    assertThat(b.options()).isEmpty();
  }

  @Test
  void optionsFallBackToTopLevelCopy() {
    String json =
        "[{\"bookingId\": 7, \"businessId\": 1, \"phone\": \"01000003333\","
            + " \"bookingOptionJson\": [{\"name\": \"원본 파일\", \"bookingCount\": 2}],"
            + " \"snapshotJson\": {\"startDateTime\": \"2026-11-27T01:00:00Z\"}}]";

    Booking b = BookingJson.read(json, "t.json").bookings().get(0);

    assertThat(b.options()).containsExactly(new Booking.BookingOption("원본 파일", 2, 0, null));
  }

  @Test
  void brokenBookings_areReportedByIdOrIndexAndSkipped_othersKept() {
    String json =
        "[{\"bookingId\": 11, \"businessId\": 1, \"snapshotJson\": {\"startDateTime\":"
            + " \"2026-11-27T01:00:00Z\"}},"
            + " {\"businessId\": 1, \"phone\": \"01000004444\", \"snapshotJson\":"
            + " {\"startDateTime\": \"2026-11-27T01:00:00Z\"}},"
            + " {\"bookingId\": 13, \"businessId\": 1, \"phone\": \"01000005555\","
            + " \"snapshotJson\": {\"startDateTime\": \"tomorrow\"}},"
            + " {\"bookingId\": 14, \"businessId\": 1, \"phone\": \"01000006666\","
            + " \"snapshotJson\": {\"startDateTime\": \"2026-11-27T01:00:00Z\"}}, 42]";

    BookingRead read = BookingJson.read(json, "b.json");

    assertThat(read.bookings()).extracting(Booking::bookingId).containsExactly(14L);
    assertThat(read.problems())
        .extracting(BookingProblem::bookingId, BookingProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("11", "phone"),
            org.assertj.core.groups.Tuple.tuple("at index 1", "bookingId"),
            org.assertj.core.groups.Tuple.tuple("13", "snapshotJson.startDateTime"),
            org.assertj.core.groups.Tuple.tuple("at index 4", ""));
    assertThat(read.problems().get(0).toString())
        .isEqualTo("b.json: booking 11 (at index 0): field 'phone': missing");
  }

  @Test
  void notAnArray_failsNamingTheSource() {
    assertThatThrownBy(() -> BookingJson.read("{\"a\": 1}", "snap.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("snap.json:1: expected a JSON array, got object");
    assertThatThrownBy(() -> BookingJson.read("[{\"a\": ", "snap.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("snap.json:1: not valid JSON");
  }

  @Test
  void readOne_acceptsPlainMaps() {
    Map<String, Object> element =
        Map.of(
            "bookingId",
            21L,
            "businessId",
            1000001,
            "phone",
            "01000007777",
            "snapshotJson",
            Map.of("startDateTime", "2026-11-27T01:00:00Z"));

    BookingRead read = BookingJson.readOne(element, "api", 0);

    assertThat(read.bookings()).extracting(Booking::bookingNum).containsExactly("1000001_21");
    assertThat(BookingJson.readOne(Map.of("bookingId", 22), "api", 3).problems())
        .extracting(BookingProblem::field)
        .containsExactly("businessId", "phone", "snapshotJson.startDateTime");
  }

  @Test
  void phones_areReadAsKoreanMobileNumbers_otherwiseTheBookingIsAProblemWithTheMaskedValue() {
    String json =
        "["
            + booking(31, "+82 10-0000-3101")
            + ", "
            + booking(32, "123")
            + ", "
            + booking(33, "01000003301\\n01000003302")
            + ", "
            + booking(34, "010-OOOO-3401")
            + ", "
            + "{\"bookingId\": 35, \"businessId\": 1, \"phone\": 1000003501,"
            + " \"snapshotJson\": {\"startDateTime\": \"2026-11-27T01:00:00Z\"}}"
            + ", "
            + booking(36, "01000003601")
            + "]";

    BookingRead read = BookingJson.read(json, "b.json");

    assertThat(read.bookings())
        .extracting(Booking::bookingId, Booking::phone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(31L, "01000003101"),
            org.assertj.core.groups.Tuple.tuple(36L, "01000003601"));
    assertThat(read.problems())
        .extracting(BookingProblem::bookingId, BookingProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("32", "phone"),
            org.assertj.core.groups.Tuple.tuple("33", "phone"),
            org.assertj.core.groups.Tuple.tuple("34", "phone"),
            org.assertj.core.groups.Tuple.tuple("35", "phone"));
    assertThat(read.problems().get(1).toString())
        .isEqualTo(
            "b.json: booking 33 (at index 2): field 'phone': expected a Korean mobile number (01X,"
                + " 10 or 11 digits; hyphens, spaces, +82), got 22 digits (010-****-3302) with a"
                + " line break (two numbers?)");
    assertThat(read.problems())
        .allSatisfy(p -> assertThat(p.toString()).doesNotContainPattern("[0-9]{7,}"));
  }

  private static String booking(long id, String phone) {
    return "{\"bookingId\": "
        + id
        + ", \"businessId\": 1, \"phone\": \""
        + phone
        + "\", \"snapshotJson\": {\"startDateTime\": \"2026-11-27T01:00:00Z\"}}";
  }
}
