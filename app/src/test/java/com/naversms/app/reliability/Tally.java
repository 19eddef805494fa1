package com.naversms.app.reliability;

import com.naversms.core.cycle.CycleResult;
import com.naversms.core.delivery.ActionResult;
import com.naversms.core.delivery.Outcome;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.simulator.sens.SensMessage;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delivery ledger of a run: every message any cycle planned is delivered (its flag set), or
 * reported failed or uncertain by some cycle; nothing reached SENS twice.
 */
final class Tally {
  final Set<MessageKey> due = new LinkedHashSet<>();
  final Set<MessageKey> failedReported = new LinkedHashSet<>();
  final Set<MessageKey> uncertainReported = new LinkedHashSet<>();

  void add(CycleResult result) {
    for (ActionResult r : result.report().results()) {
      if (!r.isSms() || r.key() == null) {
        continue;
      }
      due.add(r.key());
      switch (r.outcome()) {
        case Outcome.Failed f -> failedReported.add(r.key());
        case Outcome.Exhausted x -> failedReported.add(r.key());
        case Outcome.Uncertain u -> uncertainReported.add(r.key());
        default -> {}
      }
    }
  }

  Counts count(StateStore state, List<SensMessage> accepted) {
    Map<MessageKey, Boolean> delivered = new HashMap<>();
    Map<com.naversms.core.state.RecordKey, StoredRecord> records =
        state.read(due.stream().map(MessageKey::record).collect(Collectors.toSet()));
    for (MessageKey k : due) {
      StoredRecord r = records.get(k.record());
      delivered.put(k, r != null && r.flag(k.flag()));
    }
    long duplicates =
        accepted.stream()
            .collect(Collectors.groupingBy(m -> m.to() + "|" + m.content(), Collectors.counting()))
            .values()
            .stream()
            .filter(n -> n > 1)
            .count();
    long lost =
        due.stream()
            .filter(k -> !delivered.get(k))
            .filter(k -> !failedReported.contains(k) && !uncertainReported.contains(k))
            .count();
    long deliveredCount = delivered.values().stream().filter(b -> b).count();
    return new Counts(
        due.size(),
        deliveredCount,
        accepted.size(),
        duplicates,
        failedReported.size(),
        uncertainReported.size(),
        lost);
  }

  record Counts(
      int due,
      long delivered,
      int accepted,
      long duplicates,
      int failedReported,
      int uncertainReported,
      long lost) {
    String line(String name) {
      return "reliability["
          + name
          + "]: due="
          + due
          + " delivered="
          + delivered
          + " sens-accepted="
          + accepted
          + " duplicates="
          + duplicates
          + " failed-reported="
          + failedReported
          + " uncertain-reported="
          + uncertainReported
          + " lost="
          + lost;
    }
  }
}
