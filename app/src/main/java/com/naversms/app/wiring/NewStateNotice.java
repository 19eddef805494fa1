package com.naversms.app.wiring;

import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.Notifier;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the operators that a cycle runs on a state created just now (one log line, one Telegram
 * line, Slack when configured), so a state that was meant to exist but did not is seen at once. A
 * dry run or comparison run only logs it: they notify nobody.
 */
public final class NewStateNotice {
  private final String state;
  private final Channels channels;
  private final EventLog log;

  public NewStateNotice(String state, Channels channels, EventLog log) {
    this.state = state;
    this.channels = channels;
    this.log = log;
  }

  /** The operators' line, in Korean like the other operator messages. */
  public String text() {
    return "새 상태 파일로 첫 실행: " + state;
  }

  public void announce(String requestId, boolean quiet) {
    Map<LogField, Object> f = fields(requestId, ActionType.STARTUP, Status.SUCCESS);
    f.put(LogField.STATE, state);
    f.put(LogField.REASON, "new state");
    log.write(LogEvent.warn("first cycle on a new state: " + state, f));
    if (quiet) {
      return;
    }
    post(requestId, channels.telegram(), ActionType.SEND_TELEGRAM);
    post(requestId, channels.slack(), ActionType.SEND_SLACK);
  }

  private void post(String requestId, Optional<Notifier> notifier, ActionType type) {
    if (notifier.isEmpty()) {
      return;
    }
    String failure;
    try {
      failure =
          switch (notifier.get().send("", text())) {
            case Notifier.Delivery.Delivered d -> null;
            case Notifier.Delivery.NotDelivered n -> n.reason();
          };
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    Map<LogField, Object> f =
        fields(requestId, type, failure == null ? Status.SUCCESS : Status.FAILURE);
    f.put(LogField.REASON, "new state");
    if (failure == null) {
      log.write(LogEvent.info("new-state notice sent", f));
    } else {
      f.put(LogField.ERROR_TYPE, "NotDelivered");
      f.put(LogField.ERROR_MESSAGE, failure);
      log.write(LogEvent.error("new-state notice not delivered", f));
    }
  }

  private static Map<LogField, Object> fields(String requestId, ActionType type, Status status) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.REQUEST_ID, requestId);
    f.put(LogField.ACTION_TYPE, type.value());
    f.put(LogField.STATUS, status.value());
    return f;
  }
}
