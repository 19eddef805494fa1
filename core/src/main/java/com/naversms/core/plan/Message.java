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
    SMS,
    /** Kakao AlimTalk through SENS, with SENS's SMS/LMS failover. */
    ALIMTALK
  }

  /** The SMS/LMS of this message: itself, or an AlimTalk's failover. */
  default Sms sms() {
    return switch (this) {
      case Sms s -> s;
      case AlimTalk a -> a.failover();
    };
  }

  /**
   * An SMS or LMS through SENS; {@code type} by the text's EUC-KR length ({@code bytes}).
   *
   * @param from the sending number, digits or with hyphens as configured
   * @param advertising an advertising message (its template says {@code advertising: true}): SENS
   *     gets it as {@code contentType AD}
   */
  record Sms(
      String to,
      String from,
      MessageType type,
      String subject,
      String text,
      int bytes,
      boolean advertising)
      implements Message {
    /** An informational message. */
    public Sms(String to, String from, MessageType type, String subject, String text, int bytes) {
      this(to, from, type, subject, text, bytes, false);
    }

    /** An informational message whose byte length is worked out from its text. */
    public Sms(String to, String from, MessageType type, String subject, String text) {
      this(to, from, type, subject, text, EucKr.bytes(text));
    }

    /** SENS's {@code contentType}: {@code AD} for advertising, else {@code COMM}. */
    public String contentType() {
      return advertising ? "AD" : "COMM";
    }

    @Override
    public Channel channel() {
      return Channel.SMS;
    }
  }

  /**
   * A Kakao AlimTalk message (docs/configuration.md, "alimtalk_templates.yaml"): the approved
   * template {@code templateCode} of the channel {@code plusFriendId}, its {@code text} the
   * approved text with the booking's values filled in. SENS sends {@code failover} (the template's
   * SMS/LMS) when the phone cannot get it; the same SMS/LMS goes instead when AlimTalk is off or
   * refuses the message.
   */
  record AlimTalk(
      String to,
      String plusFriendId,
      String templateCode,
      String text,
      java.util.List<Button> buttons,
      Sms failover)
      implements Message {
    public AlimTalk {
      buttons = java.util.List.copyOf(buttons);
    }

    @Override
    public Channel channel() {
      return Channel.ALIMTALK;
    }

    /** A button as approved: {@code WL} with its link filled in, {@code BK}, {@code MD}. */
    public record Button(String type, String name, String link) {}
  }
}
