package com.naversms.adapters.naver;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import java.time.Duration;
import java.time.Instant;
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

  void rechecked(SessionCheck.Verdict verdict) {
    Map<LogField, Object> f = fields(Status.SKIPPED);
    String outcome =
        switch (verdict) {
          case SessionCheck.Verdict.Valid v ->
              "the session check accepts the cookies: the refusal is the store's, no sign-in";
          case SessionCheck.Verdict.Invalid i ->
              "the session check rejects the cookies: " + i.reason();
          case SessionCheck.Verdict.Unknown u -> "the session check cannot tell: " + u.reason();
        };
    f.put(LogField.REASON, outcome);
    log.write(LogEvent.info("partner API refused the Naver session; checked it again", f));
  }

  void signInBlocked(Instant last, Instant next, Duration minInterval, String why) {
    Map<LogField, Object> f = fields(Status.SKIPPED);
    f.put(LogField.ERROR_TYPE, "login_rate_limited");
    f.put(
        LogField.ERROR_MESSAGE,
        "browser sign-in blocked: last attempt "
            + last
            + ", next allowed "
            + next
            + " (at most one per "
            + minInterval.toMinutes()
            + " minutes, LOGIN_MIN_INTERVAL_MINUTES)");
    f.put(LogField.REASON, why);
    log.write(LogEvent.warn("Naver sign-in blocked by the rate limit", f));
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
