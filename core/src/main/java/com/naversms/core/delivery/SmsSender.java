package com.naversms.core.delivery;

import com.naversms.core.plan.MessageType;

/** Naver Cloud SENS. Implementations never throw for an expected outcome: it is a value. */
public interface SmsSender {

  SendResult send(SmsMessage message);

  /**
   * @param to digits only
   */
  record SmsMessage(String to, String from, MessageType type, String subject, String text) {}

  sealed interface SendResult {
    /** SENS answered 202: the message is SENS's now. */
    record Accepted(String requestId) implements SendResult {}

    /** SENS refused it for good (4xx other than 429): no retry will help. */
    record Rejected(int httpStatus, String reason) implements SendResult {}

    /**
     * The SENS gateway refused our credentials (401/403: bad key, bad signature, clock skew): a
     * property of the account, not of this message. Nothing was sent.
     */
    record Unauthorized(int httpStatus, String reason) implements SendResult {}

    /** Every attempt failed before SENS accepted (5xx, 429, connection refused): safe to retry. */
    record Failed(String reason) implements SendResult {}

    /**
     * The request may have reached SENS but no answer came (read timeout, dropped connection after
     * sending): retrying could send twice, so the delivery is uncertain.
     */
    record Uncertain(String reason) implements SendResult {}

    /** The sender refused to send at all (comparison mode kill switch, DESIGN.md 6.6). */
    record Suppressed(String reason) implements SendResult {}
  }
}
