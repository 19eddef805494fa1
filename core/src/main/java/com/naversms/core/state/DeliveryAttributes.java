package com.naversms.core.state;

import java.util.List;

/**
 * The names of the attributes the service keeps beside a flag on a record (docs/state.md section
 * 1), as the DynamoDB item holds them and as {@link StoredRecord#extra()} shows them from either
 * store. None of them collides with an attribute of the legacy systems: every one is the flag's
 * name plus a suffix.
 */
public record DeliveryAttributes(String flag) {
  public static final String CLAIM_SUFFIX = "_claimed_at";

  /**
   * Every suffix of the attributes below. A rule may not name a flag ending in one ({@code
   * confirm_sms_claimed_at} is the claim of {@code confirm_sms}): config check refuses it. A new
   * attribute joins this list; DeliveryAttributesTest and the state-store contract fail until it
   * does.
   */
  public static final List<String> SUFFIXES =
      List.of(
          CLAIM_SUFFIX,
          "_attempts",
          "_last_error",
          "_request_id",
          "_sent_at",
          "_rule",
          "_template",
          "_resolved_at",
          "_slot",
          "_claim_slot");

  /** N, epoch ms: a send is in progress (or died) since then. Absent when nobody holds it. */
  public String claimedAt() {
    return flag + CLAIM_SUFFIX;
  }

  /** N: sends that failed for sure. */
  public String attempts() {
    return flag + "_attempts";
  }

  /** S: why the last send failed or was put off. */
  public String lastError() {
    return flag + "_last_error";
  }

  /** S: the SENS requestId of the delivered message. */
  public String requestId() {
    return flag + "_request_id";
  }

  /** N, epoch ms: when SENS accepted the message. */
  public String sentAt() {
    return flag + "_sent_at";
  }

  /** S: the rule that planned the message, written with every claim. */
  public String rule() {
    return flag + "_rule";
  }

  /** S: the template of the message, written with every claim. */
  public String template() {
    return flag + "_template";
  }

  /**
   * S, {@code YYYY-MM-DD HH:MM:SS}: the slot a slot-bound flag was delivered for, written with the
   * flag (docs/state.md section 8).
   */
  public String slot() {
    return flag + "_slot";
  }

  /** S: the slot a claim on a slot-bound flag is for; removed with the claim. */
  public String claimSlot() {
    return flag + "_claim_slot";
  }

  /** N, epoch ms: an operator settled the message by hand (docs/state.md section 5). */
  public String resolvedAt() {
    return flag + "_resolved_at";
  }
}
