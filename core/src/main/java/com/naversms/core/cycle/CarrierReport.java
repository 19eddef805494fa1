package com.naversms.core.cycle;

import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * The seam of the daily digest for what SENS learns after it accepted a message: carrier failures
 * (read from the message ledger, {@link #fromLedger}) and, later, the day's cost
 * (docs/operations.md 2.7).
 */
@FunctionalInterface
public interface CarrierReport {
  /** Korean lines for the digest of {@code day}, none when nothing is known. */
  List<String> lines(LocalDate day);

  static CarrierReport none() {
    return day -> List.of();
  }

  /**
   * The messages of {@code day} (opened that Korean day) the carrier could not deliver, by booking
   * and template: one line when there are any.
   */
  static CarrierReport fromLedger(MessageLedger ledger) {
    return day -> {
      List<LedgerEntry> failed =
          ledger.find(LedgerQuery.all().withDate(day).withState(MessageState.FAILED_AT_CARRIER));
      if (failed.isEmpty()) {
        return List.of();
      }
      StringJoiner list = new StringJoiner(", ", " [", "]");
      failed.stream()
          .limit(10)
          .forEach(e -> list.add(e.key().bookingNum() + " " + e.message().template()));
      return List.of("통신사 전달 실패 " + failed.size() + "건" + list + (failed.size() > 10 ? " …" : ""));
    };
  }
}
