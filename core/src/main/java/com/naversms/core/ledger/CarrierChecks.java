package com.naversms.core.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cycle's carrier check (docs/operations.md 2.8): asks the provider for the result of every
 * message it accepted in the last {@link #WINDOW} before this cycle that has none yet, oldest
 * first, at most {@code perCycle} messages, and records it. The first lookup that fails ends the
 * check (the next cycle asks again): a provider that refuses us is not asked {@code perCycle}
 * times.
 */
public final class CarrierChecks {
  /** SENS keeps results for 90 days; a carrier answers within minutes, rarely after hours. */
  public static final Duration WINDOW = Duration.ofHours(48);

  private final MessageLedger ledger;
  private final int perCycle;

  public CarrierChecks(MessageLedger ledger, int perCycle) {
    this.ledger = ledger;
    this.perCycle = perCycle;
  }

  /** No checks and no ledger (a dry run, a test). */
  public static CarrierChecks none() {
    return new CarrierChecks(MessageLedger.none(), 0);
  }

  public MessageLedger ledger() {
    return ledger;
  }

  /**
   * What one check found.
   *
   * @param failed the entries this check recorded {@link MessageState#FAILED_AT_CARRIER} (each is
   *     reported once: a later check finds it no longer accepted)
   * @param lookupFailure why the check stopped early, if it did
   */
  public record Report(
      int asked, int delivered, List<LedgerEntry> failed, Optional<String> lookupFailure) {
    public Report {
      failed = List.copyOf(failed);
    }

    public static Report nothing() {
      return new Report(0, 0, List.of(), Optional.empty());
    }
  }

  /**
   * Checks the messages accepted before {@code cycleStart}; the results are recorded at {@code
   * now}.
   */
  public Report run(CarrierLookup lookup, Instant cycleStart, Instant now) {
    if (perCycle <= 0) {
      return Report.nothing();
    }
    List<LedgerEntry> due = ledger.awaitingCarrier(cycleStart.minus(WINDOW), cycleStart, perCycle);
    int asked = 0;
    int delivered = 0;
    List<LedgerEntry> failed = new ArrayList<>();
    for (LedgerEntry e : due) {
      asked++;
      CarrierLookup.Answer answer = lookup.lookup(e);
      switch (answer) {
        case CarrierLookup.Answer.Completed c -> {
          if (ledger.record(e.key(), new Change.Carried(c.result(), now))) {
            if (c.result().delivered()) {
              delivered++;
            } else {
              ledger.get(e.key()).ifPresent(failed::add);
            }
          }
        }
        case CarrierLookup.Answer.Failed f -> {
          return new Report(asked, delivered, failed, Optional.of(f.reason()));
        }
        case CarrierLookup.Answer.Pending p -> {}
        case CarrierLookup.Answer.NotFound n -> {}
      }
    }
    return new Report(asked, delivered, failed, Optional.empty());
  }
}
