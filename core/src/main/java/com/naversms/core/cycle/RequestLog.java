package com.naversms.core.cycle;

import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stamps every event of one cycle with its {@code request_id}. */
final class RequestLog implements EventLog {
  private final EventLog delegate;
  private final String requestId;

  RequestLog(EventLog delegate, String requestId) {
    this.delegate = delegate;
    this.requestId = requestId;
  }

  @Override
  public void write(LogEvent event) {
    Map<LogField, Object> fields = new LinkedHashMap<>();
    fields.put(LogField.REQUEST_ID, requestId);
    fields.putAll(event.fields());
    delegate.write(new LogEvent(event.level(), event.message(), fields));
  }
}
