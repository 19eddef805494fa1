package com.naversms.core.secrets;

/** {@code naver-sms-automation/naver-credentials}. {@link #toString()} never shows the password. */
public record NaverCredentials(String username, String password) {
  @Override
  public String toString() {
    return "NaverCredentials[username=" + Masking.mask(username) + ", password=***]";
  }
}
