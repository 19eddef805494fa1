package com.naversms.core.observability;

/** Values of the {@code status} log field. */
public enum Status {
  SUCCESS("success"),
  FAILURE("failure"),
  SKIPPED("skipped");

  private final String value;

  Status(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
