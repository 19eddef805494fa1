package com.naversms.app.cycle;

import com.naversms.core.execution.Channels;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogField;
import com.naversms.core.ports.Notifier;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the cycle's one summary (or error alert) to every configured operator channel, Telegram and
 * Slack at the same time.
 */
final class Summaries {
  private final Channels channels;
  private final StepLog steps;

  Summaries(Channels channels, StepLog steps) {
    this.channels = channels;
    this.steps = steps;
  }

  void send(String text) {
    if (channels.telegram().isEmpty() || channels.slack().isEmpty()) {
      send(channels.telegram(), ActionType.SEND_TELEGRAM, text);
      send(channels.slack(), ActionType.SEND_SLACK, text);
      return;
    }
    // Two independent services side by side: the cycle ends one round trip sooner.
    Thread slack =
        Thread.ofPlatform()
            .daemon()
            .name("naver-sms-slack-summary")
            .start(() -> send(channels.slack(), ActionType.SEND_SLACK, text));
    send(channels.telegram(), ActionType.SEND_TELEGRAM, text);
    try {
      slack.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopping: the Slack post finishes on its own
    }
  }

  private void send(Optional<Notifier> notifier, ActionType type, String text) {
    if (notifier.isEmpty()) {
      return;
    }
    try {
      switch (notifier.get().send("", text)) {
        case Notifier.Delivery.Delivered d ->
            steps.success(type, "cycle summary sent", 0, Map.of(LogField.REASON, "summary"));
        case Notifier.Delivery.NotDelivered n ->
            steps.failure(type, "cycle summary not delivered", "NotDelivered", n.reason(), 0);
      }
    } catch (RuntimeException e) {
      steps.failure(
          type,
          "cycle summary not delivered",
          e.getClass().getSimpleName(),
          String.valueOf(e.getMessage()),
          0);
    }
  }
}
