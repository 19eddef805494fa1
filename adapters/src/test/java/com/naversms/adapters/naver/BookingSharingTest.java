package com.naversms.adapters.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cycle holds every booking it fetched (62,500 at 100 stores × 625): the values that repeat are
 * one instance, and the raw values are the same as the booking object's (issue 19 item 4).
 */
class BookingSharingTest {

  private static String booking(long id, String name, String phone, String snapshotPhone) {
    return """
    {"bookingId": %d, "businessId": "1000001", "bookingStatusCode": "RC03", "name": "%s",
     "phone": %s, "bizItemName": "110분 이용", "price": 35000, "couponPrice": 0,
     "totalPrice": 35000, "regDateTime": "2026-11-20T11:18:43+09:00",
     "snapshotJson": {"startDateTime": "2026-11-27T05:00:00Z",
       "endDateTime": "2026-11-27T06:50:00Z", "phone": %s,
       "bookingOptionJson": [{"name": "촬영", "bookingCount": 1, "price": 0,
         "categoryTypeCode": "REQUIRED"}]}}
    """
        .formatted(id, name, phone, snapshotPhone);
  }

  private static List<Booking> read(String... bookings) {
    BookingRead read = BookingJson.read("[" + String.join(",", bookings) + "]", "page");
    assertThat(read.problems()).isEmpty();
    return read.bookings();
  }

  @Test
  void bookingsOfOnePage_shareTheValuesTheyHaveInCommon_notTheirOwn() {
    List<Booking> two =
        read(
            booking(1, "김민준", "\"010-0000-1234\"", "\"010-0000-1234\""),
            booking(2, "이서연", "\"010-0000-5678\"", "\"010-0000-5678\""));
    Booking a = two.get(0);
    Booking b = two.get(1);

    assertThat(b.storeId()).isSameAs(a.storeId());
    assertThat(b.statusCode()).isSameAs(a.statusCode());
    assertThat(b.start()).isSameAs(a.start());
    assertThat(b.end()).isSameAs(a.end());
    assertThat(b.registeredAt()).isSameAs(a.registeredAt());
    assertThat(b.options()).isSameAs(a.options());
    assertThat(b.prices()).isSameAs(a.prices());
    assertThat(b.bizItemName()).isSameAs(a.bizItemName());
    assertThat(b.name()).isEqualTo("이서연");
    assertThat(b.phone()).isEqualTo("01000005678");
  }

  @Test
  void rawValues_areThePhoneTextsAndItemNameAsNaverGaveThem() {
    Booking same = read(booking(1, "김민준", "\"010-0000-1234\"", "\"010-0000-1234\"")).get(0);
    Booking apart = read(booking(2, "김민준", "\"010-0000-1234\"", "\"+82 10-0000-1234\"")).get(0);

    assertThat(same.raw())
        .isEqualTo(
            Map.of(
                "phone",
                "010-0000-1234",
                "bizItemName",
                "110분 이용",
                "snapshotJson",
                Map.of("phone", "010-0000-1234")));
    assertThat(apart.raw().get("snapshotJson")).isEqualTo(Map.of("phone", "+82 10-0000-1234"));
  }

  @Test
  void aRawValueThatIsNotText_isKeptAsBefore_aJsonNullIncluded() {
    Booking nullTop = read(booking(1, "김민준", "null", "\"010-0000-1234\"")).get(0);

    Map<String, Object> expected = new HashMap<>();
    expected.put("phone", null);
    expected.put("bizItemName", "110분 이용");
    expected.put("snapshotJson", Map.of("phone", "010-0000-1234"));
    assertThat(nullTop.raw()).isEqualTo(expected);
    assertThat(nullTop.raw()).containsKey("phone");
    assertThat(nullTop.phone()).isEqualTo("01000001234");
  }
}
