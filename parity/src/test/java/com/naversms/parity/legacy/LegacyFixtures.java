package com.naversms.parity.legacy;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.SmsTemplates;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.template.Template;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Small builders for legacy-planner and comparison tests (made-up data only). */
public final class LegacyFixtures {
  public static final String DEFAULT_FROM = "0100000" + "0001";
  public static final String STORE_FROM = "0100000" + "0002";

  private LegacyFixtures() {}

  /** A template that renders its text with {@code {name}} replaced by the booking's name. */
  public static Template text(String origin, String text) {
    return new Template() {
      @Override
      public String origin() {
        return origin;
      }

      @Override
      public String render(Map<String, Object> context) {
        @SuppressWarnings("unchecked")
        Map<String, Object> booking = (Map<String, Object>) context.get("booking");
        return text.replace("{name}", String.valueOf(booking.get("name")));
      }
    };
  }

  public static Configuration config() {
    Stores stores =
        new Stores(
            DEFAULT_FROM,
            List.of(
                new Store("1000001", "데모 1호점", "데모1호점", DEFAULT_FROM, "1000001"),
                new Store("1000002", "데모 2호점", "데모2호점", STORE_FROM, "1000002")));
    SmsTemplates templates =
        new SmsTemplates(
            Map.of(
                "booking_confirm",
                new SmsTemplate("booking_confirm", "안내", text("confirm", "{name}님 예약 확정")),
                "event",
                new SmsTemplate("event", "안내", text("event", "리뷰 이벤트 안내"))),
            Map.of(
                "1000001", new SmsTemplate("1000001", "안내", text("g1", "1호점 상세 안내")),
                "1000002", new SmsTemplate("1000002", "안내", text("g2", "2호점 상세 안내"))));
    return new Configuration(
        List.of(), stores, templates, Map.of(), Map.of(), List.of("네이버", "인스타", "원본"));
  }

  public static Map<RecordKey, StoredRecord> byKey(List<StoredRecord> records) {
    Map<RecordKey, StoredRecord> map = new java.util.LinkedHashMap<>();
    records.forEach(r -> map.put(r.key(), r));
    return map;
  }

  public static BookingBuilder aBooking() {
    return new BookingBuilder();
  }

  public static StoredRecord record(Booking b, boolean confirm, boolean remind, boolean option) {
    return new StoredRecord(
        new RecordKey(b.bookingNum(), b.phoneHyphenated()),
        b.name(),
        b.startLocal(),
        confirm,
        remind,
        option,
        "",
        Map.of());
  }

  /** Defaults: store 1000001, RC03, 김민수, 01000001234, slot 2026-11-27 15:00 KST. */
  public static final class BookingBuilder {
    private long id = 5001;
    private String store = "1000001";
    private String status = "RC03";
    private String name = "김민수";
    private String phone = "0100000" + "1234";
    private Instant start = Instant.parse("2026-11-27T06:00:00Z");
    private List<Booking.BookingOption> options = List.of();

    public BookingBuilder id(long v) {
      id = v;
      return this;
    }

    public BookingBuilder store(String v) {
      store = v;
      return this;
    }

    public BookingBuilder status(String v) {
      status = v;
      return this;
    }

    public BookingBuilder phone(String v) {
      phone = v;
      return this;
    }

    public BookingBuilder name(String v) {
      name = v;
      return this;
    }

    /** Slot start as a Korean wall-clock instant, e.g. {@code 2026-11-27T15:00+09:00}. */
    public BookingBuilder startingAt(String isoWithOffset) {
      start = OffsetDateTime.parse(isoWithOffset).toInstant();
      return this;
    }

    public BookingBuilder withOption(String optionName) {
      options = List.of(new Booking.BookingOption(optionName, 1, 0, "CUSTOM"));
      return this;
    }

    public Booking build() {
      return new Booking(
          id,
          store,
          name,
          phone,
          status,
          start,
          start.plusSeconds(3600),
          options,
          List.of(),
          List.of(),
          new Booking.Prices(0, 0, 0),
          "",
          null,
          null,
          Map.of());
    }
  }
}
