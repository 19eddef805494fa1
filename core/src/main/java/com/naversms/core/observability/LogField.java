package com.naversms.core.observability;

/**
 * The single list of top-level JSON log fields (docs/design.md 7). Metric filters and Logs Insights
 * queries may use only these; a test holds them together.
 */
public enum LogField {
  TIMESTAMP("timestamp"),
  LEVEL("level"),
  MESSAGE("message"),
  REQUEST_ID("request_id"),
  ACTION_TYPE("action_type"),
  STATUS("status"),
  RULE_NAME("rule_name"),
  BOOKING_ID("booking_id"),
  STORE_ID("store_id"),
  PHONE_MASKED("phone_masked"),
  NAME_MASKED("name_masked"),
  DURATION_MS("duration_ms"),
  ERROR_TYPE("error_type"),
  ERROR_MESSAGE("error_message"),
  TEMPLATE("template"),
  /** The flag that guards a message (its claim key with the booking and phone). */
  FLAG("flag"),
  MESSAGE_TYPE("message_type"),
  SENS_REQUEST_ID("sens_request_id"),
  ATTEMPT("attempt"),
  REASON("reason"),
  COUNT("count"),
  // start-up (run, daemon): which config and which state are in use
  CONFIG_DIR("config_dir"),
  CONFIG_HASH("config_hash"),
  RULE_COUNT("rule_count"),
  STORE_COUNT("store_count"),
  STATE("state"),
  // comparison events
  EVENT_TYPE("event_type"),
  MATCH("match"),
  MATCH_PERCENTAGE("match_percentage"),
  COMPARISON_MODE("comparison_mode"),
  SMS_SEND_ENABLED("sms_send_enabled"),
  INTENDED_DIFFERENCE("intended_difference"),
  SMS_OLD("sms_old"),
  SMS_NEW("sms_new"),
  OPERATION_TYPE("operation_type"),
  DB_OLD("db_old"),
  DB_NEW("db_new"),
  TELEGRAM_ACTION_OLD("telegram_action_old"),
  TELEGRAM_ACTION_NEW("telegram_action_new"),
  /** comparison_summary: differences not listed as intended. */
  MISMATCH_COUNT("mismatch_count"),
  /** comparison_summary: differences listed as intended (docs/compatibility.md). */
  INTENDED_COUNT("intended_count");

  private final String key;

  LogField(String key) {
    this.key = key;
  }

  /** The JSON key. */
  public String key() {
    return key;
  }
}
