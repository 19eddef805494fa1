package com.naversms.core.execution;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.state.MessageKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Claims left by a cycle that stopped between send and record, for messages no longer in the plan
 * (the booking left the fetch window): they are reported as uncertain deliveries too.
 */
final class StaleClaims {
  private StaleClaims() {}

  static List<MessageKey> notReported(List<MessageKey> stale, List<ActionResult> results) {
    Set<MessageKey> reported = new LinkedHashSet<>();
    for (ActionResult r : results) {
      if (r.key() != null && r.isSms()) {
        reported.add(r.key());
      }
    }
    return stale.stream()
        .filter(Objects::nonNull)
        .filter(k -> !reported.contains(k))
        .distinct()
        .toList();
  }

  static Outcome outcome() {
    return new Outcome.Uncertain("claim never completed and the message is no longer planned");
  }

  static LogEvent lookupFailed(RuntimeException e) {
    return LogEvent.warn(
        "stale claims could not be listed",
        Map.of(
            LogField.ACTION_TYPE, ActionType.DB_WRITE.value(),
            LogField.STATUS, Status.FAILURE.value(),
            LogField.ERROR_TYPE, e.getClass().getSimpleName(),
            LogField.ERROR_MESSAGE, String.valueOf(e.getMessage())));
  }
}
