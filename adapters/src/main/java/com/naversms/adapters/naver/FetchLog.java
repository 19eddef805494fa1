package com.naversms.adapters.naver;

import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fetch's own log lines: what the cycle cannot see from the results (retries, re-logins). */
final class FetchLog {
  private final EventLog log;

  FetchLog(EventLog log) {
    this.log = log;
  }

  void retrying(FetchRequest request, String what, CallResult.Failure failure, int attempt) {
    Map<LogField, Object> f = fields(request, Status.FAILURE);
    f.put(LogField.ERROR_TYPE, failure.errorType());
    f.put(LogField.ERROR_MESSAGE, failure.reason());
    f.put(LogField.ATTEMPT, attempt);
    log.write(LogEvent.warn("partner API " + what + " failed; retrying", f));
  }

  void refused(FetchRequest request, String what, int status) {
    Map<LogField, Object> f = fields(request, Status.FAILURE);
    f.put(LogField.ERROR_TYPE, "http_" + status);
    f.put(LogField.REASON, "cookies refused; asking the session whether they still work");
    log.write(LogEvent.warn("partner API " + what + " refused the session", f));
  }

  private static Map<LogField, Object> fields(FetchRequest request, Status status) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, ActionType.FETCH_BOOKINGS.value());
    f.put(LogField.STATUS, status.value());
    f.put(LogField.STORE_ID, request.storeId());
    return f;
  }
}
