package com.naversms.core.delivery;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.Unsettled;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The messages that need an operator and are not in this cycle's plan (the booking left the fetch
 * window, the slot started, the rule no longer plans it): claims left by a cycle that stopped
 * between send and record, or dated in the future by a writer whose clock runs ahead, are reported
 * as uncertain deliveries; messages out of attempts as exhausted. Every cycle, until resolved.
 */
final class StaleClaims {
  private StaleClaims() {}

  /** The unsettled messages whose key no SMS result of this cycle already reported. */
  static List<Unsettled> notReported(List<Unsettled> unsettled, List<ActionResult> results) {
    Set<MessageKey> reported = new HashSet<>();
    for (ActionResult r : results) {
      if (r.key() != null && r.isSms()) {
        reported.add(r.key());
      }
    }
    return unsettled.stream().filter(Objects::nonNull).filter(u -> reported.add(u.key())).toList();
  }

  static Outcome outcome(Unsettled u, Instant now) {
    return switch (u) {
      case Unsettled.StaleClaim c ->
          c.since().isAfter(now)
              ? uncertain(c.since(), now)
              : new Outcome.Uncertain(
                  "claimed at "
                      + c.since()
                      + ", never completed, and the message is no longer planned");
      case Unsettled.Exhausted e -> new Outcome.Exhausted(e.attempts(), e.lastError());
    };
  }

  /** A claim of another cycle, too old (or too far in the future) to be one still sending. */
  static Outcome uncertain(Instant since, Instant now) {
    if (since.isAfter(now)) {
      return new Outcome.Uncertain(
          "claimed at "
              + since
              + ", "
              + Duration.between(now, since).toMinutes()
              + " min in the future: a writer's clock runs ahead (clock skew), the send may have"
              + " happened");
    }
    return new Outcome.Uncertain(
        "claimed at " + since + " and never completed: the sending cycle stopped");
  }

  static LogEvent lookupFailed(RuntimeException e) {
    return LogEvent.warn(
        "stale claims and exhausted messages could not be listed",
        Map.of(
            LogField.ACTION_TYPE, ActionType.DB_WRITE.value(),
            LogField.STATUS, Status.FAILURE.value(),
            LogField.ERROR_TYPE, e.getClass().getSimpleName(),
            LogField.ERROR_MESSAGE, String.valueOf(e.getMessage())));
  }
}
