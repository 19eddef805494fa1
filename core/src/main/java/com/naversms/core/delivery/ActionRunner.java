package com.naversms.core.delivery;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.plan.Delivery;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Carries out the record writes, flag writes and events of a delivery. Messages go through the
 * claim protocol ({@link MessageDelivery}), the flags they carry with them, and the Telegram/Slack
 * lines through {@link OperatorNotices}.
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

  Outcome run(Delivery delivery, Delivery.Step step) {
    return switch (step) {
      case Delivery.WriteRecord c ->
          store.create(c.record())
              ? new Outcome.Done("record created")
              : new Outcome.Skipped("record exists");
      case Delivery.UpdateRecord u -> {
        store.updateRecord(delivery.key(), u.update());
        yield new Outcome.Done(u.reason());
      }
      case Delivery.WriteFlag u -> {
        store.setFlag(
            new MessageKey(delivery.key(), u.flag(), u.slot()), u.value(), clock.instant());
        yield new Outcome.Done(u.flag() + " set to " + u.value());
      }
      case Delivery.FlagOfSend f ->
          throw new IllegalStateException("a flag a message carries is set by its delivery");
      case Delivery.Notice n ->
          throw new IllegalStateException("operator notices are queued to the operator notices");
      case Delivery.LogEvent e -> {
        log.write(eventOf(delivery, e));
        yield new Outcome.Done("event " + e.eventType() + " logged");
      }
      case Delivery.Send s ->
          throw new IllegalStateException("messages go through the claim protocol");
    };
  }

  /** Fields named like a log field go to the top level; the others into the message. */
  private static LogEvent eventOf(Delivery delivery, Delivery.LogEvent e) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, ActionType.LOG_EVENT.value());
    f.put(LogField.STATUS, Status.SUCCESS.value());
    f.put(LogField.EVENT_TYPE, e.eventType());
    f.put(LogField.RULE_NAME, delivery.rule());
    f.put(LogField.STORE_ID, delivery.storeId());
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
