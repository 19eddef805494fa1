package com.naversms.app.wiring;

import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.Notifier;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.observability.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Says that a config upload was refused: one ERROR line naming the files and lines, {@code
 * ConfigErrors} 1 (flushed with the cycle's metrics), and, once per upload, a Telegram line (Slack
 * when configured) in Korean like the other operator messages.
 */
public final class ConfigErrorNotice {
  private final Channels channels;
  private final EventLog log;
  private final Metrics metrics;

  public ConfigErrorNotice(Channels channels, EventLog log, Metrics metrics) {
    this.channels = channels;
    this.log = log;
    this.metrics = metrics;
  }

  /** The operators' text. */
  public static String text(String origin, String error, Optional<LoadedConfig> kept) {
    return "설정 오류: "
        + origin
        + " 설정을 쓰지 않습니다. "
        + kept.map(k -> "마지막 정상 설정(sha256 " + k.hash() + ")으로 계속 실행합니다.")
            .orElse("정상 설정이 없어 실행하지 않습니다.")
        + "\n"
        + error;
  }

  /**
   * @param notify post to Telegram/Slack too (the first time this upload is refused)
   */
  public void report(
      String requestId, String origin, String error, Optional<LoadedConfig> kept, boolean notify) {
    metrics.add(MetricName.CONFIG_ERRORS, 1);
    Map<LogField, Object> f = fields(requestId, ActionType.STARTUP, Status.FAILURE);
    f.put(LogField.CONFIG_DIR, origin);
    kept.ifPresent(k -> f.put(LogField.CONFIG_HASH, k.hash()));
    f.put(LogField.ERROR_TYPE, "ConfigError");
    f.put(LogField.ERROR_MESSAGE, error);
    log.write(
        LogEvent.error(
            "config "
                + origin
                + " refused: "
                + kept.map(k ->
                        "running on the last valid config " + k.origin() + " sha256 " + k.hash())
                    .orElse("no valid config to run on"),
            f));
    if (notify) {
      post(requestId, channels.telegram(), ActionType.SEND_TELEGRAM, text(origin, error, kept));
      post(requestId, channels.slack(), ActionType.SEND_SLACK, text(origin, error, kept));
    }
  }

  private void post(String requestId, Optional<Notifier> notifier, ActionType type, String text) {
    if (notifier.isEmpty()) {
      return;
    }
    String failure;
    try {
      failure =
          switch (notifier.get().send("", text)) {
            case Notifier.Delivery.Delivered d -> null;
            case Notifier.Delivery.NotDelivered n -> n.reason();
          };
    } catch (RuntimeException e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (failure != null) {
      Map<LogField, Object> f = fields(requestId, type, Status.FAILURE);
      f.put(LogField.REASON, "config error notice");
      f.put(LogField.ERROR_TYPE, "NotDelivered");
      f.put(LogField.ERROR_MESSAGE, failure);
      log.write(LogEvent.error("config error notice not delivered", f));
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
