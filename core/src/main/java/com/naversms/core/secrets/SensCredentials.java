package com.naversms.core.secrets;

/**
 * {@code naver-sms-automation/sens-credentials}. {@link #toString()} never shows the keys.
 *
 * @param alimTalkServiceId the Kakao AlimTalk (Biz Message) service id on the same account, empty
 *     when the secret has no {@code alimtalk_service_id} (AlimTalk cannot be sent)
 */
public record SensCredentials(
    String accessKey, String secretKey, String serviceId, String alimTalkServiceId) {
  public SensCredentials {
    alimTalkServiceId = alimTalkServiceId == null ? "" : alimTalkServiceId;
  }

  /** Without an AlimTalk service. */
  public SensCredentials(String accessKey, String secretKey, String serviceId) {
    this(accessKey, secretKey, serviceId, "");
  }

  public boolean hasAlimTalk() {
    return !alimTalkServiceId.isEmpty();
  }

  @Override
  public String toString() {
    return "SensCredentials[accessKey="
        + Masking.mask(accessKey)
        + ", secretKey=***, serviceId="
        + serviceId
        + (hasAlimTalk() ? ", alimTalkServiceId=" + alimTalkServiceId : "")
        + "]";
  }
}
