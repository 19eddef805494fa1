package com.naversms.simulator;

/** Names of the simulator's routes, used for fault injection and request recording. */
public final class Routes {
  public static final String NAVER_LOGIN = "naver.login";
  public static final String NAVER_SESSION_CHECK = "naver.session-check";
  public static final String NAVER_PARTNER_HOME = "naver.partner-home";
  public static final String NAVER_COUNT = "naver.count";
  public static final String NAVER_BOOKINGS = "naver.bookings";
  public static final String SENS_SEND = "sens.send";
  public static final String SENS_LIST = "sens.list";
  public static final String SENS_RESULT = "sens.result";
  public static final String SENS_UNSUBSCRIBES = "sens.unsubscribes";
  public static final String ALIMTALK_SEND = "alimtalk.send";
  public static final String ALIMTALK_RESULT = "alimtalk.result";
  public static final String TELEGRAM_SEND = "telegram.send";
  public static final String SLACK_WEBHOOK = "slack.webhook";
  public static final String SLACK_POST_MESSAGE = "slack.postMessage";
  public static final String S3_LIST = "s3.list";
  public static final String S3_GET = "s3.get";
  public static final String S3_PUT = "s3.put";

  /** Requests that matched no route (answered 404). */
  public static final String UNMATCHED = "unmatched";

  private Routes() {}
}
