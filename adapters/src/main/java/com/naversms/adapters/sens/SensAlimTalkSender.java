package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.plan.Message;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;
import java.util.Optional;

/**
 * The AlimTalk channel: sends one {@link Message.AlimTalk} through SENS's AlimTalk API with SENS's
 * SMS failover on (the message's SMS/LMS as the failover content).
 *
 * <p>Retry policy as for SMS ({@link SensPost}). A 4xx whose code says the message cannot go as
 * AlimTalk ({@link AlimTalkJson#CHANNEL_REFUSALS}) is {@code Refused}, so the executor sends the
 * SMS/LMS in the same claim; any other 4xx, or a message SENS did not take ({@code
 * requestStatusCode} other than {@code A000}), is {@code Rejected}.
 *
 * <p>Kill switch: unless the {@link DeliveryMode} is {@code LIVE} every call returns {@code
 * Suppressed} and no request is made, as for SMS (docs/design.md 6.6).
 */
final class SensAlimTalkSender {
  static final String ACCEPTED = "A000";

  private final DeliveryMode mode;
  private final SensPost post;

  SensAlimTalkSender(
      SensSettings settings,
      SensCredentials credentials,
      DeliveryMode mode,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.mode = mode;
    this.post = SensPost.of(settings, credentials, clock, transport, sleeper);
  }

  MessageSender.SendResult send(Message.AlimTalk message) {
    if (mode != DeliveryMode.LIVE) {
      return new MessageSender.SendResult.Suppressed(mode.reason());
    }
    Optional<String> problem = SensMessageCheck.problem(message.failover());
    if (problem.isPresent()) {
      return new MessageSender.SendResult.Rejected(0, "failover: " + problem.get());
    }
    return post.send(
        post.requests().alimTalkPath(),
        AlimTalkJson.sendBody(message),
        SensAlimTalkSender::accepted,
        SensAlimTalkSender::refusedOrRejected);
  }

  /** A 2xx: accepted when its message says {@code A000}; its {@code messageId} is the id. */
  private static MessageSender.SendResult accepted(HttpOutcome.Answered a) {
    JsonNode m = AlimTalkJson.firstMessage(a.body());
    String status = SensJson.text(m, "requestStatusCode").orElse(ACCEPTED);
    if (!status.equals(ACCEPTED)) {
      return new MessageSender.SendResult.Rejected(
          a.status(),
          "AlimTalk message not accepted: "
              + status
              + SensJson.text(m, "requestStatusDesc").map(d -> " " + d).orElse(""));
    }
    // 2xx is SENS's word that it took the message; a body we cannot read does not undo it
    return new MessageSender.SendResult.Accepted(
        SensJson.text(m, "messageId").or(() -> SensJson.requestId(a.body())).orElse(""));
  }

  private static MessageSender.SendResult refusedOrRejected(HttpOutcome.Answered a) {
    String reason = SensJson.errorReason(a.status(), a.body());
    Optional<String> code = AlimTalkJson.errorCode(a.body());
    if (code.isPresent() && AlimTalkJson.CHANNEL_REFUSALS.contains(code.get())) {
      return new MessageSender.SendResult.Refused(code.get(), reason);
    }
    return new MessageSender.SendResult.Rejected(a.status(), reason);
  }
}
