package com.naversms.core.cost;

import com.naversms.core.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The messages of a period as they were billed ({@code actual}: AlimTalk where it reached
 * KakaoTalk, the SMS/LMS leg where it failed over) beside the same messages sent as SMS/LMS only
 * ({@code smsOnly}: each at its SMS/LMS price), by one cost table.
 */
public record CostComparison(MessageCosts actual, MessageCosts smsOnly) {

  /** The billed messages among {@code entries} (see {@link Billed#of(LedgerEntry)}). */
  public static CostComparison ofLedger(Collection<LedgerEntry> entries, CostTable table) {
    MessageCosts actual = MessageCosts.none(table);
    MessageCosts smsOnly = MessageCosts.none(table);
    for (LedgerEntry e : entries) {
      var billed = Billed.of(e);
      if (billed.isPresent()) {
        actual = actual.plus(billed.get(), 1);
        smsOnly = smsOnly.plus(Billed.asSmsOnly(e).orElseThrow(), 1);
      }
    }
    return new CostComparison(actual, smsOnly);
  }

  /** The actual cost as a share of the SMS/LMS-only cost (0.25 = a quarter); 1 when both are 0. */
  public BigDecimal share() {
    if (smsOnly.total().signum() == 0) {
      return BigDecimal.ONE;
    }
    return actual.total().divide(smsOnly.total(), 4, RoundingMode.HALF_UP);
  }

  /** "23%": the share in whole percent. */
  public String percent() {
    return share().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
