package com.naversms.core.observability;

import java.util.Arrays;
import java.util.List;

/**
 * The single list of every CloudWatch metric the code emits (docs/design.md 7). Dashboards, alarms
 * and the runbook may name only these; a test holds them together.
 */
public enum MetricName {
  SMS_SENT(Namespace.MAIN, "SMSSent", Unit.COUNT),
  SMS_FAILED(Namespace.MAIN, "SMSFailed", Unit.COUNT),
  LOGIN_FAILURES(Namespace.MAIN, "LoginFailures", Unit.COUNT),
  SECRETS_ERRORS(Namespace.MAIN, "SecretsErrors", Unit.COUNT),
  /**
   * Config uploads the cycle refused ({@code NAVER_SMS_CONFIG_URI}): invalid, or unreadable; the
   * cycle runs on the last valid config it loaded.
   */
  CONFIG_ERRORS(Namespace.MAIN, "ConfigErrors", Unit.COUNT),
  BOOKINGS_FETCHED(Namespace.MAIN, "BookingsFetched", Unit.COUNT),
  UNCERTAIN_DELIVERIES(Namespace.MAIN, "UncertainDeliveries", Unit.COUNT),
  /** Messages out of attempts and not resolved, each cycle they are reported (with zeros). */
  SMS_EXHAUSTED(Namespace.MAIN, "SMSExhausted", Unit.COUNT),
  /** Cycles in which SENS refused the account's credentials (401/403), with zeros. */
  SENS_AUTH_FAILURES(Namespace.MAIN, "SensAuthFailures", Unit.COUNT),
  CYCLE_DURATION(Namespace.MAIN, "CycleDuration", Unit.MILLISECONDS),
  /** Operator notices (Telegram, Slack: rule lines and the cycle summary) that were not posted. */
  NOTIFICATIONS_FAILED(Namespace.MAIN, "NotificationsFailed", Unit.COUNT),
  /** Stores whose bookings could not be fetched this cycle (each store counted once). */
  STORE_FETCH_FAILURES(Namespace.MAIN, "StoreFetchFailures", Unit.COUNT),
  /** Browser sign-ins the rate limit held back ({@code LOGIN_MIN_INTERVAL_MINUTES}). */
  LOGINS_BLOCKED(Namespace.MAIN, "LoginsBlocked", Unit.COUNT),
  /**
   * Messages SENS accepted that the carrier could not deliver (SENS's result code other than 0),
   * counted in the cycle that read the result (each message once), with zeros.
   */
  SMS_DELIVERY_FAILED(Namespace.MAIN, "SMSDeliveryFailed", Unit.COUNT),
  /** Message-ledger writes that failed (the sends went on; docs/state.md 8), with zeros. */
  LEDGER_WRITE_FAILURES(Namespace.MAIN, "LedgerWriteFailures", Unit.COUNT),
  /**
   * KRW of the messages SENS accepted this cycle, by {@link #CHANNEL_DIMENSION} ({@code SMS},
   * {@code LMS}, {@code AlimTalk}; the config's {@code costs.yaml}), every cycle with zeros. An
   * AlimTalk message is priced as AlimTalk here: a failover to SMS/LMS is known only later.
   */
  MESSAGE_COST(Namespace.MAIN, "MessageCost", Unit.NONE),
  COMPARISON_RUN(Namespace.COMPARISON, "ComparisonRun", Unit.COUNT),
  SMS_MISMATCH_COUNT(Namespace.COMPARISON, "SMSMismatchCount", Unit.COUNT),
  DB_MISMATCH_COUNT(Namespace.COMPARISON, "DBMismatchCount", Unit.COUNT),
  TELEGRAM_MISMATCH_COUNT(Namespace.COMPARISON, "TelegramMismatchCount", Unit.COUNT),
  COMPARISON_MATCH_PERCENTAGE(Namespace.COMPARISON, "ComparisonMatchPercentage", Unit.PERCENT),
  DISCREPANCIES_DETECTED(Namespace.COMPARISON, "DiscrepanciesDetected", Unit.COUNT);

  /** The extra dimension of {@link #MESSAGE_COST}: how the messages were billed. */
  public static final String CHANNEL_DIMENSION = "Channel";

  private final String namespace;
  private final String metricName;
  private final Unit unit;

  MetricName(String namespace, String metricName, Unit unit) {
    this.namespace = namespace;
    this.metricName = metricName;
    this.unit = unit;
  }

  /**
   * The counters of the {@link Namespace#MAIN} namespace: every cycle emits each of them, 0
   * included, so a widget or alarm can tell a quiet cycle from a missing one (issue 14 item 2).
   */
  public static List<MetricName> everyCycleCounters() {
    return Arrays.stream(values())
        .filter(m -> m.namespace.equals(Namespace.MAIN) && m.unit == Unit.COUNT)
        .toList();
  }

  public String namespace() {
    return namespace;
  }

  public String metricName() {
    return metricName;
  }

  public Unit unit() {
    return unit;
  }

  /** CloudWatch metric namespaces. */
  public static final class Namespace {
    public static final String MAIN = "NaverSMSAutomation";
    public static final String COMPARISON = "naver-sms/comparison";

    private Namespace() {}
  }

  /** CloudWatch units, spelled as the embedded metric format wants them. */
  public enum Unit {
    COUNT("Count", true),
    MILLISECONDS("Milliseconds", false),
    PERCENT("Percent", false),
    /** An amount without a CloudWatch unit (KRW), added up like a count. */
    NONE("None", true);

    private final String emfName;
    private final boolean additive;

    Unit(String emfName, boolean additive) {
      this.emfName = emfName;
      this.additive = additive;
    }

    public String emfName() {
      return emfName;
    }

    /** Whether a cycle's values are summed (counts, amounts), not kept apart (durations). */
    public boolean additive() {
      return additive;
    }
  }
}
