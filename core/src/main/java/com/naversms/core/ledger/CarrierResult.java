package com.naversms.core.ledger;

/**
 * The carrier's final word on a message, as the provider reports it.
 *
 * @param code SENS's {@code statusCode}: {@code "0"} delivered, anything else the failure's code
 * @param name SENS's {@code statusName} (and message, when it has one)
 * @param telco the carrier ({@code telcoCode}), empty when not reported
 * @param completedAt when the carrier answered, as the provider wrote it (empty when unknown)
 */
public record CarrierResult(String code, String name, String telco, String completedAt) {
  public CarrierResult {
    code = code == null ? "" : code;
    name = name == null ? "" : name;
    telco = telco == null ? "" : telco;
    completedAt = completedAt == null ? "" : completedAt;
  }

  public boolean delivered() {
    return code.equals("0");
  }
}
