package com.naversms.adapters.naver;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.ports.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;

/** Log lines of the session ({@code action_type = login}); cookies and passwords never appear. */
public final class SessionLog {
  private final EventLog log;

  public SessionLog(EventLog log) {
    this.log = log;
  }

  void reused(String why) {
    Map<LogField, Object> f = fields(Status.SKIPPED);
    f.put(LogField.REASON, "cached session reused (" + why + ")");
    log.write(LogEvent.info("Naver session reused", f));
  }

  void cachedRejected(String reason) {
    Map<LogField, Object> f = fields(Status.SKIPPED);
    f.put(LogField.REASON, reason);
    log.write(LogEvent.info("cached Naver session no longer valid; signing in", f));
  }

  void loggedIn(int cookies, long millis) {
    Map<LogField, Object> f = fields(Status.SUCCESS);
    f.put(LogField.COUNT, cookies);
    f.put(LogField.DURATION_MS, millis);
    log.write(LogEvent.info("signed in to Naver with the browser", f));
  }

  void loginFailed(String reason, String pageUrl, String diagnostics) {
    Map<LogField, Object> f = fields(Status.FAILURE);
    f.put(LogField.ERROR_TYPE, "login_failed");
    f.put(LogField.ERROR_MESSAGE, reason + (pageUrl.isEmpty() ? "" : " at " + pageUrl));
    f.put(LogField.REASON, diagnostics.isEmpty() ? reason : "diagnostics in " + diagnostics);
    log.write(LogEvent.error("Naver sign-in failed", f));
  }

  void storeFailed(String operation, RuntimeException e) {
    Map<LogField, Object> f = fields(Status.FAILURE);
    f.put(LogField.ERROR_TYPE, e.getClass().getSimpleName());
    f.put(LogField.ERROR_MESSAGE, "session " + operation + ": " + e.getMessage());
    log.write(LogEvent.warn("session store " + operation + " failed", f));
  }

  private static Map<LogField, Object> fields(Status status) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, ActionType.LOGIN.value());
    f.put(LogField.STATUS, status.value());
    return f;
  }
}
