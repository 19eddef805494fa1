package com.naversms.core.plan;

/** SENS message type, chosen by the text's EUC-KR byte length (docs/design.md 6.7). */
public enum MessageType {
  SMS,
  LMS;

  public static final int SMS_MAX_BYTES = 90;
  public static final int LMS_MAX_BYTES = 2000;

  public static MessageType forBytes(int eucKrBytes) {
    return eucKrBytes <= SMS_MAX_BYTES ? SMS : LMS;
  }
}
