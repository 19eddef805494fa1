package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.template.TemplateContext;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sms} item {@code create_db_record} writes: the legacy shape (name, Korean {@code
 * booking_time}, three flags false, {@code option_time} "") plus the refactor's {@code biz_id},
 * {@code status} and {@code option}, which the legacy ignores.
 */
final class NewRecord {
  private NewRecord() {}

  static RecordKey keyOf(Booking b) {
    return new RecordKey(b.bookingNum(), b.phoneHyphenated());
  }

  static StoredRecord of(Booking b, List<String> optionKeywords) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("biz_id", b.storeId());
    extra.put("status", b.statusCode() == null ? "" : b.statusCode());
    extra.put("option", TemplateContext.hasKeyword(b, optionKeywords));
    return new StoredRecord(
        keyOf(b),
        b.name() == null ? "" : b.name(),
        b.startLocal().truncatedTo(ChronoUnit.SECONDS),
        false,
        false,
        false,
        "",
        extra);
  }
}
