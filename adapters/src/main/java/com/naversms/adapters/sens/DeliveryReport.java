package com.naversms.adapters.sens;

/** What SENS knows about one accepted request ({@link SensResultLookup}). */
public sealed interface DeliveryReport {

  /**
   * @param status {@code READY}, {@code PROCESSING} or {@code COMPLETED}
   * @param statusCode the carrier's result: {@code "0"} delivered, anything else failed
   * @param completeTime when the carrier answered ({@code yyyy-MM-dd HH:mm:ss}), empty before
   * @param telcoCode the carrier ({@code SKT}, {@code KT}, {@code LGT}), empty before
   */
  record Found(
      String requestId,
      String messageId,
      String status,
      String statusCode,
      String statusName,
      String completeTime,
      String telcoCode)
      implements DeliveryReport {
    public boolean delivered() {
      return "COMPLETED".equals(status) && "0".equals(statusCode);
    }
  }

  /** SENS lists no message for the request id (unknown, or older than 90 days). */
  record NotFound(String requestId) implements DeliveryReport {}

  record LookupFailed(String requestId, String reason) implements DeliveryReport {}
}
