package com.naversms.core.fakes;

import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import java.util.ArrayList;
import java.util.List;

/** An {@link EventLog} that keeps every event. */
public final class RecordingEventLog implements EventLog {
  private final List<LogEvent> events = new ArrayList<>();

  @Override
  public synchronized void write(LogEvent event) {
    events.add(event);
  }

  public synchronized List<LogEvent> events() {
    return List.copyOf(events);
  }

  public List<LogEvent> withField(LogField field, Object value) {
    return events().stream().filter(e -> value.equals(e.fields().get(field))).toList();
  }
}
