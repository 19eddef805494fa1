package com.naversms.core.delivery;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import com.naversms.core.observability.Status;
import com.naversms.core.template.Destination;
import com.naversms.core.template.OneLine;
import java.util.List;
import java.util.Map;

/**
 * The operators' alert when AlimTalk refused a template's messages (unknown template or channel,
 * content not the approved text): one ERROR line ({@code error_type=AlimTalkRefused}) and one
 * Telegram/Slack line per template and cycle; the messages themselves went as SMS/LMS.
 */
final class AlimTalkAlerts {
  static final String ERROR_TYPE = "AlimTalkRefused";

  private AlimTalkAlerts() {}

  static List<OperatorNotices.Pending> raise(
      ChannelRefusals.Refusal r, EventLog log, OperatorNotices notices) {
    log.write(
        LogEvent.error(
            "AlimTalk refused template "
                + r.template()
                + " ("
                + r.templateCode()
                + "): its messages go as SMS/LMS this cycle (check alimtalk_templates.yaml against"
                + " the templates Kakao approved)",
            Map.of(
                LogField.ACTION_TYPE,
                ActionType.SEND_SMS.value(),
                LogField.STATUS,
                Status.FAILURE.value(),
                LogField.TEMPLATE,
                r.template(),
                LogField.ERROR_TYPE,
                ERROR_TYPE,
                LogField.ERROR_MESSAGE,
                r.code() + ": " + r.reason())));
    String text = text(r);
    return List.of(
        notices.post(OperatorNotices.Channel.TELEGRAM, "", Destination.TELEGRAM.text(text)),
        notices.post(OperatorNotices.Channel.SLACK, "", Destination.SLACK.text(text)));
  }

  /** The operator line: template, code, channel and SENS's reason on one line each. */
  static String text(ChannelRefusals.Refusal r) {
    return "⚠️ 알림톡 발송 거부: "
        + r.template()
        + " (템플릿 코드 "
        + r.templateCode()
        + ", 채널 "
        + r.plusFriendId()
        + ")\n사유: "
        + OneLine.of(r.code() + ": " + r.reason())
        + "\n이번 주기 이 템플릿의 메시지는 SMS/LMS로 발송합니다. alimtalk_templates.yaml과 카카오 승인 템플릿을 확인하세요.";
  }

  /** Counts the alerts not posted by the notice deadline ({@code NotificationsFailed}). */
  static void settle(List<OperatorNotices.Pending> alerts, EventLog log, Metrics metrics) {
    for (OperatorNotices.Pending p : alerts) {
      if (p.outcome() instanceof Outcome.Failed f) {
        metrics.add(MetricName.NOTIFICATIONS_FAILED, 1);
        log.write(
            LogEvent.error(
                "AlimTalk refusal alert not posted",
                Map.of(
                    LogField.ACTION_TYPE,
                    ActionType.SEND_TELEGRAM.value(),
                    LogField.STATUS,
                    Status.FAILURE.value(),
                    LogField.ERROR_TYPE,
                    f.errorType(),
                    LogField.ERROR_MESSAGE,
                    f.reason())));
      }
    }
  }
}
