package com.naversms.core.cycle;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.cost.CostTable;
import com.naversms.core.cost.MessageCosts;
import com.naversms.core.cycle.BookingSource.StoreFetch;
import com.naversms.core.delivery.CycleReport;
import com.naversms.core.template.OneLine;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The operator messages of a cycle: one summary, or an error alert. */
final class CycleMessages {
  /** The legacy text when no message was due (reference 1.8). */
  static final String NOTHING_DUE = "문자 발송 대상 없음";

  /** The opt-out list could not be read: this cycle sends no advertising message. */
  static final String OPT_OUTS_UNREADABLE = "⚠️ 수신거부 목록을 읽지 못해 이번 주기에는 광고 문자를 보내지 않습니다 (안내 문자는 발송)";

  private static final String LOGIN_RATE_LIMITED = "login_rate_limited";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Booking.SEOUL);

  private CycleMessages() {}

  static String summary(CycleReport report, int bookings, List<StoreFetch.Failed> storeFailures) {
    return summary(report, bookings, storeFailures, List.of());
  }

  static String summary(
      CycleReport report,
      int bookings,
      List<StoreFetch.Failed> storeFailures,
      List<BookingProblem> unreadable) {
    return summary(report, bookings, storeFailures, unreadable, 0);
  }

  /**
   * {@code unreadable}: the bookings fetched but not readable (a bad phone, a missing start), which
   * get no message: one line with their numbers and fields, never a value (issue 12.3). {@code
   * signIns}: browser sign-ins to Naver this cycle. Anything but {@link #NOTHING_DUE} means
   * something happened, and the summary is posted (docs/operations.md 2.7).
   */
  static String summary(
      CycleReport report,
      int bookings,
      List<StoreFetch.Failed> storeFailures,
      List<BookingProblem> unreadable,
      int signIns) {
    return summary(
        report, bookings, storeFailures, unreadable, signIns, report.sentCosts(CostTable.DEFAULTS));
  }

  /**
   * As above, with the sent messages by channel and their cost ({@code costs}: the config's prices;
   * an AlimTalk message priced as AlimTalk, its failover being known only later).
   */
  static String summary(
      CycleReport report,
      int bookings,
      List<StoreFetch.Failed> storeFailures,
      List<BookingProblem> unreadable,
      int signIns,
      MessageCosts costs) {
    boolean quiet =
        report.sent() == 0
            && !report.hasProblems()
            && storeFailures.isEmpty()
            && unreadable.isEmpty()
            && signIns == 0;
    if (quiet) {
      return NOTHING_DUE;
    }
    StringJoiner text = new StringJoiner("\n");
    text.add("📊 문자 발송 결과 " + TIME.format(report.at()) + " KST");
    StringJoiner byTemplate = new StringJoiner(", ", " (", ")").setEmptyValue("");
    for (Map.Entry<String, Integer> e : report.sentByTemplate().entrySet()) {
      byTemplate.add(e.getKey() + " " + e.getValue());
    }
    text.add("발송 " + report.sent() + "건" + byTemplate);
    if (costs.totalCount() > 0) {
      text.add("채널별 비용: " + costs.korean());
    }
    report
        .sendingStopped()
        .ifPresent(reason ->
            text.add(
                "🚨 SENS 인증 거부 ("
                    + reason
                    + "): 이번 주기 발송 중단, "
                    + report.deferred()
                    + "건 다음 주기로 연기 (시도 횟수 차감 없음). SENS 키와 서버 시계 확인 필요"));
    if (report.smsFailed() > 0) {
      text.add("실패 " + report.smsFailed() + "건 (다음 주기에 재시도, 한도 도달 시 최종 실패)");
    }
    if (report.exhausted() > 0) {
      text.add(
          "최종 실패 "
              + report.exhausted()
              + "건: 재시도 한도 초과, 운영자 처리 필요 (docs/state.md 5절) "
              + exhaustedList(report));
    }
    if (report.uncertain() > 0) {
      text.add("전달 불확실 " + report.uncertain() + "건: 운영 가이드 확인 필요 (docs/operations.md)");
    }
    int otherFailures = report.failed() - report.smsFailed();
    if (otherFailures > 0) {
      text.add("기타 작업 실패 " + otherFailures + "건");
    }
    text.add("예약 " + bookings + "건 조회" + failedStores(storeFailures));
    if (!unreadable.isEmpty()) {
      text.add(
          "예약 정보 오류 " + unreadable.size() + "건 (발송 안 함, 로그 확인): " + unreadableList(unreadable));
    }
    if (signIns > 0) {
      text.add("네이버 브라우저 로그인 " + signIns + "회");
    }
    if (storeFailures.stream().anyMatch(f -> f.errorType().equals(LOGIN_RATE_LIMITED))) {
      text.add("네이버 재로그인 보류: 로그인 횟수 제한 (LOGIN_MIN_INTERVAL_MINUTES), 운영 가이드 확인");
    }
    return text.toString();
  }

  /** Booking numbers and flags, no phone or name (the summary goes to Slack too). */
  private static String exhaustedList(CycleReport report) {
    StringJoiner list = new StringJoiner(", ", "[", "]");
    report.exhaustedMessages().stream()
        .limit(10)
        .forEach(r -> list.add(r.key().record().bookingNum() + " " + r.key().flag()));
    return list.toString() + (report.exhausted() > 10 ? " …" : "");
  }

  /** Booking ids and fields, no value (the summary goes to Slack too). */
  private static String unreadableList(List<BookingProblem> problems) {
    StringJoiner list = new StringJoiner(", ", "[", "]");
    problems.stream().limit(10).forEach(p -> list.add(p.bookingId() + " " + p.field()));
    return list + (problems.size() > 10 ? " …" : "");
  }

  /** ", 매장 조회 실패 2곳: 1000002 (접근 거부), 1000003 (timeout)", or nothing. */
  private static String failedStores(List<StoreFetch.Failed> failures) {
    Map<String, String> byStore = new LinkedHashMap<>();
    for (StoreFetch.Failed f : failures) {
      byStore.putIfAbsent(f.request().storeId(), describe(f.errorType()));
    }
    if (byStore.isEmpty()) {
      return "";
    }
    StringJoiner stores = new StringJoiner(", ");
    byStore.forEach((store, why) -> stores.add(store + " (" + why + ")"));
    return ", 매장 조회 실패 " + byStore.size() + "곳: " + stores;
  }

  private static String describe(String errorType) {
    return switch (errorType) {
      case "store_access_denied" -> "접근 거부: 계정에 매장 권한 없음";
      case LOGIN_RATE_LIMITED -> "재로그인 보류";
      case "login_failed" -> "로그인 실패";
      case "no_session" -> "세션 없음";
      default -> errorType;
    };
  }

  /** The failure (an error's message, which may quote anything) stays on its one line. */
  static String errorAlert(String failure, Instant at) {
    return "🚨 Naver SMS Automation Error\nError: "
        + OneLine.of(failure)
        + "\nTime: "
        + TIME.format(at)
        + " KST";
  }
}
