package com.naversms.core.plan;

/**
 * One message to a customer, in the shape its channel carries it. Each channel is one variant: a
 * new channel (Kakao AlimTalk) is a new variant here and a new adapter behind {@code
 * core.delivery.MessageSender}; the planner, the claim protocol and the executor stay as they are.
 */
public sealed interface Message {
  /** The customer's number, digits only. */
  String to();

  /** The text the customer reads. */
  String text();

  Channel channel();

  /** The channels a message can go through. */
  enum Channel {
    /** SMS or LMS through Naver Cloud SENS. */
    SMS
  }

  /**
   * An SMS or LMS through SENS; {@code type} by the text's EUC-KR length ({@code bytes}).
   *
   * @param from the sending number, digits or with hyphens as configured
   */
  record Sms(String to, String from, MessageType type, String subject, String text, int bytes)
      implements Message {
    /** A message whose byte length is worked out from its text. */
    public Sms(String to, String from, MessageType type, String subject, String text) {
      this(to, from, type, subject, text, EucKr.bytes(text));
    }

    @Override
    public Channel channel() {
      return Channel.SMS;
    }
  }
}
