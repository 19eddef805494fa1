package com.naversms.app.console;

import com.naversms.core.booking.Booking;
import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostComparison;
import com.naversms.core.cost.CostTable;
import com.naversms.core.cost.MessageCosts;
import com.naversms.core.ledger.LedgerEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 비용's numbers: the messages the provider billed on each Korean day of a period ({@link
 * Billed#of(LedgerEntry)}: accepted, delivered or resolved delivered; an AlimTalk message that
 * failed over counted as its SMS/LMS), by channel, priced by the config's {@link CostTable}. A
 * message counts on the day it was accepted (resolved, when it never was).
 *
 * @param days oldest first, one per day of the period, days without a message too
 * @param comparison the period's messages as billed beside the same sent as SMS/LMS only
 */
record CostDays(List<Day> days, CostComparison comparison, CostTable table) {
  /** How many days the page shows, today included. */
  static final int PERIOD = 30;

  record Day(LocalDate date, MessageCosts costs) {}

  /** The {@link #PERIOD} days up to {@code today} of {@code entries}. */
  static CostDays of(List<LedgerEntry> entries, CostTable table, LocalDate today) {
    LocalDate first = today.minusDays(PERIOD - 1L);
    List<MessageCosts> byDay = new ArrayList<>();
    for (int i = 0; i < PERIOD; i++) {
      byDay.add(MessageCosts.none(table));
    }
    List<LedgerEntry> inPeriod = new ArrayList<>();
    for (LedgerEntry e : entries) {
      Optional<Billed> billed = Billed.of(e);
      Instant at = e.acceptedAt() != null ? e.acceptedAt() : e.updatedAt();
      if (billed.isEmpty() || at == null) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(at, Booking.SEOUL);
      if (day.isBefore(first) || day.isAfter(today)) {
        continue;
      }
      int i = (int) (day.toEpochDay() - first.toEpochDay());
      byDay.set(i, byDay.get(i).plus(billed.get(), 1));
      inPeriod.add(e);
    }
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < PERIOD; i++) {
      days.add(new Day(first.plusDays(i), byDay.get(i)));
    }
    return new CostDays(days, CostComparison.ofLedger(inPeriod, table), table);
  }

  /** The period's sum. */
  MessageCosts total() {
    return comparison.actual();
  }
}
