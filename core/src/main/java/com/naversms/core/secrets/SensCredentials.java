package com.naversms.core.secrets;

/** {@code naver-sms-automation/sens-credentials}. {@link #toString()} never shows the keys. */
public record SensCredentials(String accessKey, String secretKey, String serviceId) {
  @Override
  public String toString() {
    return "SensCredentials[accessKey="
        + Masking.mask(accessKey)
        + ", secretKey=***, serviceId="
        + serviceId
        + "]";
  }
}
