package com.naversms.simulator.sens;

/**
 * What the carrier made of a message, as SENS's result endpoint reports it later.
 *
 * @param result {@code delivered}, {@code failed} or {@code processing} (AlimTalk also {@code
 *     not_kakao_user})
 * @param code the carrier's result code for a failure (e.g. 3018), null otherwise
 */
public record CarrierOutcome(String result, String code) {
  public static final CarrierOutcome DELIVERED = new CarrierOutcome("delivered", null);
  public static final String DEFAULT_FAILURE_CODE = "3018";

  /**
   * An advertising message to a number on the unsubscribe list: SENS fails it automatically
   * (reference C.3); its real code is not documented, so the simulator's is a word, not a number.
   */
  public static final CarrierOutcome UNSUBSCRIBED = new CarrierOutcome("failed", "UNSUBSCRIBED");

  public boolean completed() {
    return !result.equals("processing");
  }

  public boolean delivered() {
    return result.equals("delivered");
  }

  /** SENS's statusCode of a completed message: 0 when delivered, else the carrier's code. */
  public String statusCode() {
    return delivered() ? "0" : code == null ? DEFAULT_FAILURE_CODE : code;
  }
}
