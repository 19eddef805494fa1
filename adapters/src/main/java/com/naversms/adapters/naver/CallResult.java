package com.naversms.adapters.naver;

/** What one HTTP call to the partner API gave. */
sealed interface CallResult {
  record Ok(String body) implements CallResult {}

  /** 401 or 403: the cookies no longer open the partner API. */
  record Unauthorized(int status, String snippet) implements CallResult {}

  /**
   * Any other failure. {@code retryable}: 422, 429, 5xx, timeouts and broken connections (worth
   * another try after a pause); other statuses are not.
   */
  record Failure(String errorType, String reason, boolean retryable) implements CallResult {}
}
