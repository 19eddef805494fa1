package com.naversms.adapters.dynamodb;

/**
 * The attributes this system adds to an {@code sms} item for one flag (docs/state.md). The legacy
 * system never reads them, so they do not change what it sees.
 */
record ClaimAttributes(String flag) {
  /** N, epoch ms: a send is in progress (or died) since then. Absent when nobody holds it. */
  String claimedAt() {
    return flag + "_claimed_at";
  }

  /** N: failed sends so far. */
  String attempts() {
    return flag + "_attempts";
  }

  /** S: the last failure, truncated. */
  String lastError() {
    return flag + "_last_error";
  }

  /** S: the SENS requestId of the delivered message. */
  String requestId() {
    return flag + "_request_id";
  }

  /** N, epoch ms: when SENS accepted the message. */
  String sentAt() {
    return flag + "_sent_at";
  }

  static final String CLAIM_SUFFIX = "_claimed_at";

  static final int MAX_ERROR_LENGTH = 500;

  static String truncate(String error) {
    String e = error == null ? "" : error;
    return e.length() <= MAX_ERROR_LENGTH ? e : e.substring(0, MAX_ERROR_LENGTH);
  }
}
