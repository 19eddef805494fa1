package com.naversms.core.cycle;

import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.OperatorNotices;
import com.naversms.core.delivery.Outcome;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogField;
import com.naversms.core.template.Destination;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Sends the cycle's one summary (or error alert) to every configured operator channel, Telegram and
 * Slack at the same time, each on its own thread, and waits for them only until a deadline: a
 * channel that hangs never holds the cycle beyond its notice budget. The text is plain: each
 * channel gets it escaped so that it shows as written (a {@code <} in an error never becomes Slack
 * markup).
 */
final class Summaries {
  private final Channels channels;
  private final StepLog steps;
  private final Clock clock;

  Summaries(Channels channels, StepLog steps, Clock clock) {
    this.channels = channels;
    this.steps = steps;
    this.clock = clock;
  }

  /** Posts {@code text}; returns how many channels it could not be posted to (logged). */
  int send(String text, Instant deadline) {
    return send(text, deadline, "cycle summary", "summary");
  }

  /**
   * Posts {@code text}, logged as {@code what} ("cycle summary sent") with {@code reason}; returns
   * how many channels it could not be posted to.
   */
  int send(String text, Instant deadline, String what, String reason) {
    try (OperatorNotices notices = new OperatorNotices(channels, clock)) {
      var telegram =
          notices.post(OperatorNotices.Channel.TELEGRAM, "", Destination.TELEGRAM.text(text));
      var slack = notices.post(OperatorNotices.Channel.SLACK, "", Destination.SLACK.text(text));
      notices.awaitUntil(deadline);
      return logged(telegram, ActionType.SEND_TELEGRAM, what, reason)
          + logged(slack, ActionType.SEND_SLACK, what, reason);
    }
  }

  private int logged(OperatorNotices.Pending pending, ActionType type, String what, String reason) {
    return switch (pending.outcome()) {
      case Outcome.Done d -> {
        steps.success(type, what + " sent", pending.durationMs(), Map.of(LogField.REASON, reason));
        yield 0;
      }
      case Outcome.Failed f -> {
        steps.failure(
            type, what + " not delivered", f.errorType(), f.reason(), pending.durationMs());
        yield 1;
      }
      default -> 0; // not configured
    };
  }
}
