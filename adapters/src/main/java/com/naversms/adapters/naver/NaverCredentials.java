package com.naversms.adapters.naver;

/** The Naver account the browser signs in with. {@link #toString} never shows the password. */
public record NaverCredentials(String username, String password) {
  /** The legacy Secrets Manager name, holding {@code {username, password}}. */
  public static final String SECRET_NAME = "naver-sms-automation/naver-credentials";

  @Override
  public String toString() {
    return "NaverCredentials[username=" + username + ", password=***]";
  }
}
