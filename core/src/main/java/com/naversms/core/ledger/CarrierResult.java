package com.naversms.core.ledger;

/**
 * The carrier's final word on a message, as the provider reports it.
 *
 * @param code SENS's {@code statusCode}: {@code "0"} delivered, anything else the failure's code
 * @param name SENS's {@code statusName} (and message, when it has one)
 * @param telco the carrier ({@code telcoCode}), empty when not reported
 * @param completedAt when the carrier answered, as the provider wrote it (empty when unknown)
 * @param firstLeg for an AlimTalk message SENS sent as SMS/LMS (failover): the AlimTalk leg's
 *     result ({@code "AlimTalk 3019 fail: 카카오톡 미사용자"}), the other fields then being the SMS/LMS
 *     leg's; empty for a message of one leg
 */
public record CarrierResult(
    String code, String name, String telco, String completedAt, String firstLeg) {
  public CarrierResult {
    code = code == null ? "" : code;
    name = name == null ? "" : name;
    telco = telco == null ? "" : telco;
    completedAt = completedAt == null ? "" : completedAt;
    firstLeg = firstLeg == null ? "" : firstLeg;
  }

  /** A message of one leg (an SMS/LMS, or an AlimTalk message that reached KakaoTalk). */
  public CarrierResult(String code, String name, String telco, String completedAt) {
    this(code, name, telco, completedAt, "");
  }

  /** Whether an AlimTalk message failed over: this is the SMS/LMS leg's result. */
  public boolean failedOver() {
    return !firstLeg.isEmpty();
  }

  public boolean delivered() {
    return code.equals("0");
  }
}
