package com.naversms.core.delivery;

import com.naversms.core.plan.Message;

/**
 * Sends one message to a customer over its channel (SMS/LMS through Naver Cloud SENS is the first;
 * a second channel is a new {@link Message} variant and an adapter for it). Implementations never
 * throw for an expected outcome: it is a value. The claim protocol around a send ({@code
 * MessageDelivery}) is the same for every channel.
 */
public interface MessageSender {

  SendResult send(Message message);

  /**
   * Whether this sender sends messages of {@code channel} at all. One that does not gets the
   * message's SMS/LMS instead ({@link Message#sms()}): an AlimTalk message goes as SMS/LMS where
   * AlimTalk is not switched on ({@code ALIMTALK_ENABLED}).
   */
  default boolean carries(Message.Channel channel) {
    return channel == Message.Channel.SMS;
  }

  sealed interface SendResult {
    /** The channel accepted the message (SENS answered 202): it is the channel's now. */
    record Accepted(String requestId) implements SendResult {}

    /** The channel refused it for good (4xx other than 429): no retry will help. */
    record Rejected(int httpStatus, String reason) implements SendResult {}

    /**
     * The channel's gateway refused our credentials (401/403: bad key, bad signature, clock skew):
     * a property of the account, not of this message. Nothing was sent.
     */
    record Unauthorized(int httpStatus, String reason) implements SendResult {}

    /** Every attempt failed before the channel accepted (5xx, 429, connection refused): retry. */
    record Failed(String reason) implements SendResult {}

    /**
     * The request may have reached the channel but no answer came (read timeout, dropped connection
     * after sending): retrying could send twice, so the delivery is uncertain.
     */
    record Uncertain(String reason) implements SendResult {}

    /**
     * The channel refused this message for a reason of the channel that no retry changes (AlimTalk:
     * unknown template or channel, content not the approved text): nothing was sent, and the same
     * message can go through another channel at once ({@code code} is the channel's).
     */
    record Refused(String code, String reason) implements SendResult {}

    /** The sender refused to send at all (comparison mode kill switch, docs/design.md 6.6). */
    record Suppressed(String reason) implements SendResult {}
  }
}
