package com.naversms.core.delivery;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Carries out the record writes and events. {@code send_sms} goes through the claim protocol and
 * the Telegram/Slack lines through {@link OperatorNotices}.
 */
final class ActionRunner {
  private final StateStore store;
  private final EventLog log;
  private final Clock clock;

  ActionRunner(StateStore store, EventLog log, Clock clock) {
    this.store = store;
    this.log = log;
    this.clock = clock;
  }

  Outcome run(PlannedAction action) {
    return switch (action) {
      case PlannedAction.CreateDbRecord c ->
          store.create(c.record())
              ? new Outcome.Done("record created")
              : new Outcome.Skipped("record exists");
      case PlannedAction.UpdateFlag u -> {
        store.setFlag(new MessageKey(u.key(), u.flag()), u.value(), clock.instant());
        yield new Outcome.Done(u.flag() + " set to " + u.value());
      }
      case PlannedAction.SendTelegram t ->
          throw new IllegalStateException("send_telegram is queued to the operator notices");
      case PlannedAction.SendSlack s ->
          throw new IllegalStateException("send_slack is queued to the operator notices");
      case PlannedAction.LogEvent e -> {
        log.write(eventOf(e));
        yield new Outcome.Done("event " + e.eventType() + " logged");
      }
      case PlannedAction.SendSms s ->
          throw new IllegalStateException("send_sms goes through the claim protocol");
    };
  }

  /** Fields named like a log field go to the top level; the others into the message. */
  private static LogEvent eventOf(PlannedAction.LogEvent e) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, ActionType.LOG_EVENT.value());
    f.put(LogField.STATUS, Status.SUCCESS.value());
    f.put(LogField.EVENT_TYPE, e.eventType());
    f.put(LogField.RULE_NAME, e.rule());
    f.put(LogField.STORE_ID, e.storeId());
    StringJoiner rest = new StringJoiner(", ", " {", "}").setEmptyValue("");
    e.fields().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> {
          Optional<LogField> field = fieldNamed(entry.getKey());
          if (field.isPresent()) {
            f.putIfAbsent(field.get(), entry.getValue());
          } else {
            rest.add(entry.getKey() + "=" + entry.getValue());
          }
        });
    return LogEvent.info(e.eventType() + rest, f);
  }

  private static Optional<LogField> fieldNamed(String key) {
    for (LogField field : LogField.values()) {
      if (field.key().equals(key)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
