package com.naversms.app.settings;

import com.naversms.core.cycle.OperatorChat;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * What the operators see of the service, read from the environment (docs/operations.md 5): the
 * {@code Environment} dimension of every metric and what goes to Telegram and Slack.
 *
 * @param environment {@code NAVER_SMS_ENVIRONMENT}: Terraform sets the deployment's environment
 *     (dev, staging, prod); {@code self-hosted} otherwise
 * @param chat {@code OPERATOR_SUMMARY} ({@code events}, the default, or {@code always}) and {@code
 *     DAILY_DIGEST_HOUR} (0..23 KST, default 21, or {@code off})
 */
public record ReportingSettings(String environment, OperatorChat chat) {
  public static final String SELF_HOSTED = "self-hosted";

  public static ReportingSettings from(Environment v) {
    String environment = v.text("NAVER_SMS_ENVIRONMENT", SELF_HOSTED);
    if (!environment.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException(
          "NAVER_SMS_ENVIRONMENT="
              + environment
              + ": expected a name of letters, digits, '-', '_' or '.' (at most 64), e.g. prod");
    }
    OperatorChat.Summary summary =
        switch (v.text("OPERATOR_SUMMARY", "events").toLowerCase(Locale.ROOT)) {
          case "events" -> OperatorChat.Summary.EVENTS;
          case "always" -> OperatorChat.Summary.ALWAYS;
          default ->
              throw new IllegalArgumentException(
                  "OPERATOR_SUMMARY="
                      + v.text("OPERATOR_SUMMARY", "")
                      + ": expected events (post when something happened) or always");
        };
    Optional<LocalTime> digestAt =
        v.text("DAILY_DIGEST_HOUR", "").equalsIgnoreCase("off")
            ? Optional.empty()
            : Optional.of(
                LocalTime.of(
                    v.integer("DAILY_DIGEST_HOUR", OperatorChat.DEFAULT_DIGEST_AT.getHour(), 0, 23),
                    0));
    return new ReportingSettings(environment, new OperatorChat(summary, digestAt));
  }
}
