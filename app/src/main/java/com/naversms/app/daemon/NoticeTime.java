package com.naversms.app.daemon;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An instant as the daemon's notices print it: UTC (what the logs and the server clock use) and
 * beside it Korean time (what the shop and the rules speak), e.g. {@code 2026-12-04 00:40:00 UTC
 * (09:40:00 KST)}; the Korean date is added when it differs from the UTC one.
 */
final class NoticeTime {
  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private NoticeTime() {}

  static String of(Instant at) {
    var utc = at.atZone(ZoneOffset.UTC);
    var korea = at.atZone(KOREA);
    boolean sameDay = utc.toLocalDate().equals(korea.toLocalDate());
    return DAY_TIME.format(utc) + " UTC (" + (sameDay ? TIME : DAY_TIME).format(korea) + " KST)";
  }
}
