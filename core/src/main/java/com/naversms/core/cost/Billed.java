package com.naversms.core.cost;

import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.MessageState;
import java.util.Locale;
import java.util.Optional;

/**
 * What the provider bills one customer message as (docs/configuration.md, "costs.yaml"). An
 * AlimTalk message SENS sent as SMS/LMS because the phone has no KakaoTalk (failover) is billed as
 * that SMS/LMS, not as AlimTalk: NCP bills the leg that reached the phone.
 */
public enum Billed {
  SMS("SMS", "SMS"),
  LMS("LMS", "LMS"),
  MMS("MMS", "MMS"),
  ALIMTALK("AlimTalk", "알림톡");

  private final String label;
  private final String korean;

  Billed(String label, String korean) {
    this.label = label;
    this.korean = korean;
  }

  /** The ways the product sends a message (no MMS): each cycle's {@code MessageCost} has one. */
  public static java.util.List<Billed> sent() {
    return java.util.List.of(SMS, LMS, ALIMTALK);
  }

  /** The English name: output for developers and the {@code Channel} dimension of MessageCost. */
  public String label() {
    return label;
  }

  /** The name in operator messages (Telegram, Slack). */
  public String korean() {
    return korean;
  }

  /** The SMS/LMS/MMS of a SENS message type ({@code SMS}, {@code LMS}, {@code MMS}). */
  public static Billed ofType(String type) {
    return switch (type.trim().toUpperCase(Locale.ROOT)) {
      case "SMS" -> SMS;
      case "MMS" -> MMS;
      default -> LMS;
    };
  }

  /**
   * How a message with this channel ({@code sms} or {@code alimtalk}) and SMS/LMS type went: an
   * AlimTalk message as AlimTalk unless it failed over, then as its SMS/LMS.
   */
  public static Billed of(String channel, String type, boolean failedOver) {
    return channel.equalsIgnoreCase("alimtalk") && !failedOver ? ALIMTALK : ofType(type);
  }

  /**
   * What one ledger entry is billed as, or empty when it costs nothing: only a message the provider
   * accepted and the carrier did not refuse is counted (accepted and awaiting its result,
   * delivered, or resolved delivered by an operator). SENS bills no message that failed at the
   * carrier, and nothing that was not sent.
   */
  public static Optional<Billed> of(LedgerEntry e) {
    boolean billed =
        e.state() == MessageState.ACCEPTED
            || e.state() == MessageState.DELIVERED
            || e.state() == MessageState.RESOLVED_DELIVERED;
    if (!billed) {
      return Optional.empty();
    }
    CarrierResult carrier = e.carrier();
    boolean failedOver = carrier != null && carrier.failedOver();
    return Optional.of(of(e.message().channel(), e.message().type(), failedOver));
  }

  /** The same message had it gone as SMS/LMS only (no AlimTalk): its SMS/LMS type. */
  public static Optional<Billed> asSmsOnly(LedgerEntry e) {
    return of(e).map(b -> ofType(e.message().type()));
  }
}
