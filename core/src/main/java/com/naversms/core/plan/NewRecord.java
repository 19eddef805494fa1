package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.template.TemplateContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The {@code sms} item {@code create_db_record} writes: the legacy shape (name, Korean {@code
 * booking_time}, three flags false, {@code option_time} "") plus the refactor's {@code biz_id},
 * {@code status} and {@code option}, which the legacy ignores.
 */
final class NewRecord {
  private NewRecord() {}

  /**
   * The record rule 1 creates for a new booking ({@code key} is {@link RecordKeys#of} of it: the
   * legacy phone form, as no item exists).
   */
  static StoredRecord of(Booking b, RecordKey key, List<String> optionKeywords) {
    Map<String, Object> extra =
        Map.of(
            "biz_id", b.storeId(),
            "status", b.statusCode() == null ? "" : b.statusCode(),
            "option", TemplateContext.hasKeyword(b, optionKeywords));
    return new StoredRecord(
        key,
        b.name() == null ? "" : b.name(),
        b.startLocal().truncatedTo(ChronoUnit.SECONDS),
        false,
        false,
        false,
        "",
        extra);
  }
}
