package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.SmsTemplates;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bookings, a two-store configuration and a tiny confirmation planner for cycle tests. */
final class TestBookings {
  static final Configuration CONFIG =
      new Configuration(
          List.of(),
          new Stores(
              "0200000000",
              List.of(
                  new Store("1051707", "다비스튜디오 강남점", "강남점", null, "gangnam"),
                  new Store("1120125", "다비스튜디오 홍대점", "홍대점", null, "hongdae"))),
          new SmsTemplates(Map.of(), Map.of()),
          Map.of(),
          Map.of(),
          List.of("네이버", "인스타", "원본"));

  private TestBookings() {}

  static Booking booking(String store, long id, Instant start) {
    return new Booking(
        id,
        store,
        "김민수",
        "0100000" + String.format("%04d", id % 10000),
        "RC03",
        start,
        start.plusSeconds(3600),
        List.of(),
        List.of(),
        List.of(),
        new Booking.Prices(0, 0, 0),
        "",
        null,
        null,
        Map.of());
  }

  /** As {@link #confirmations(List, Map, Instant, Configuration)}; the opt-out list is not read. */
  static Plan confirmations(
      List<Booking> bookings,
      Map<RecordKey, StoredRecord> records,
      Instant now,
      Configuration c,
      OptOuts optOuts) {
    return confirmations(bookings, records, now, c);
  }

  /** Plans a confirmation SMS (+ Telegram line) for each booking whose confirm flag is unset. */
  static Plan confirmations(
      List<Booking> bookings, Map<RecordKey, StoredRecord> records, Instant now, Configuration c) {
    List<Delivery> deliveries = new ArrayList<>();
    for (Booking b : bookings) {
      RecordKey key = new RecordKey(b.bookingNum(), b.phoneHyphenated());
      StoredRecord r = records.get(key);
      if (r != null && r.confirmSms()) {
        continue;
      }
      deliveries.add(
          new Delivery(
              "confirm",
              b.bookingNum(),
              b.storeId(),
              key,
              List.of(
                  new Delivery.Send(
                      new Message.Sms(
                          b.phone(),
                          c.stores().senderFor(b.storeId()),
                          MessageType.SMS,
                          "",
                          "예약이 확정되었습니다",
                          20),
                      Flags.CONFIRM,
                      "booking_confirm"),
                  new Delivery.FlagOfSend(Flags.CONFIRM, true),
                  new Delivery.Telegram("예약확정 " + b.bookingId()))));
    }
    return new Plan(now, deliveries, List.of(), List.of());
  }
}
