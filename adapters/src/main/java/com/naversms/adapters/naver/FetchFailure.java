package com.naversms.adapters.naver;

/** Ends the fetch of one store; becomes its {@code StoreFetch.Failed}. Never leaves the package. */
final class FetchFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String errorType;

  FetchFailure(String errorType, String reason) {
    super(reason, null, false, false);
    this.errorType = errorType;
  }

  String errorType() {
    return errorType;
  }
}
