package com.naversms.core.cycle;

import com.naversms.core.cost.CostComparison;
import com.naversms.core.cost.CostTable;
import com.naversms.core.cost.MessageCosts;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.ledger.MessageState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The seam of the daily digest for what the message ledger knows of a day: the messages the carrier
 * could not deliver and what the day's messages cost (docs/operations.md 2.7).
 */
@FunctionalInterface
public interface CarrierReport {
  /**
   * Korean lines for the digest of {@code day}, priced by {@code costs}; none when nothing is
   * known.
   */
  List<String> lines(LocalDate day, CostTable costs);

  static CarrierReport none() {
    return (day, costs) -> List.of();
  }

  /**
   * The messages of {@code day} (opened that Korean day): those the carrier could not deliver, by
   * booking and template, one line when there are any; then, when any was billed, what they cost
   * beside the same messages as SMS/LMS only ({@link CostComparison}, the owner's 비용 page).
   */
  static CarrierReport fromLedger(MessageLedger ledger) {
    return (day, costs) -> {
      List<LedgerEntry> ofDay = ledger.find(LedgerQuery.all().withDate(day));
      List<String> lines = new ArrayList<>();
      List<LedgerEntry> failed =
          ofDay.stream().filter(e -> e.state() == MessageState.FAILED_AT_CARRIER).toList();
      if (!failed.isEmpty()) {
        StringJoiner list = new StringJoiner(", ", " [", "]");
        failed.stream()
            .limit(10)
            .forEach(e -> list.add(e.key().bookingNum() + " " + e.message().template()));
        lines.add("통신사 전달 실패 " + failed.size() + "건" + list + (failed.size() > 10 ? " …" : ""));
      }
      CostComparison spent = CostComparison.ofLedger(ofDay, costs);
      if (spent.actual().totalCount() > 0) {
        lines.add(
            "메시지 비용 "
                + spent.actual().korean()
                + " (모두 문자였다면 "
                + MessageCosts.krw(spent.smsOnly().total())
                + "원, "
                + spent.percent()
                + ")");
      }
      return List.copyOf(lines);
    };
  }
}
