package com.naversms.core.observability;

/** Values of the {@code action_type} log field (docs/design.md 7). */
public enum ActionType {
  CYCLE("cycle"),
  STARTUP("startup"),
  SECRETS("secrets"),
  LOGIN("login"),
  FETCH_BOOKINGS("fetch_bookings"),
  READ_RECORDS("read_records"),
  RULE_EVALUATION("rule_evaluation"),
  SEND_SMS("send_sms"),
  DB_WRITE("db_write"),
  SEND_TELEGRAM("send_telegram"),
  SEND_SLACK("send_slack"),
  LOG_EVENT("log_event"),
  COMPARISON("comparison");

  private final String value;

  ActionType(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
