package com.naversms.app.console;

import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.ConditionText;
import com.naversms.core.rules.QuietHours;
import com.naversms.core.rules.QuietWindow;
import com.naversms.core.rules.Rule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A rule in plain Korean for the 규칙 page: when it fires, what it does, its quiet hours. */
final class RuleWords {
  private RuleWords() {}

  static String when(Condition condition) {
    return switch (condition) {
      case Condition.All c -> join(c.conditions(), " 그리고 ");
      case Condition.Any c -> "(" + join(c.conditions(), " 또는 ") + ")";
      case Condition.Not c -> "아님: " + when(c.condition());
      case Condition.BookingNotInDb c -> "처음 본 예약";
      case Condition.BookingInDb c -> "이미 기록된 예약";
      case Condition.TimeBeforeBooking c ->
          "예약 시작 "
              + span(c.before())
              + " 전부터"
              + (c.notWithin().isZero() ? "" : " " + span(c.notWithin()) + " 전까지");
      case Condition.TimeAfterBookingEnd c ->
          "예약이 끝나고 " + span(c.after()) + " 뒤부터 " + span(c.within()) + " 안에";
      case Condition.BizItem c -> "상품이 " + String.join(", ", c.names());
      case Condition.FlagNotSet c -> "아직 보내지 않음(" + c.flag() + ")";
      case Condition.FlagSet c -> "이미 표시됨(" + c.flag() + ")";
      case Condition.CurrentHour c -> "지금이 " + c.hour() + "시";
      case Condition.BookingStatus c -> "예약 상태 " + c.status();
      case Condition.BookingStatusAny c -> "예약 상태 " + String.join("/", c.statuses());
      case Condition.DateIsToday c -> "오늘 예약";
      case Condition.HasOptionKeyword c ->
          c.keywords().isEmpty() ? "옵션이 있음" : "옵션에 " + String.join(", ", c.keywords());
      case Condition.HasMultipleOptions c ->
          "옵션 " + String.join(", ", c.keywords()) + " 중 " + c.minCount() + "개 이상";
      case Condition.DateRange c -> c.start() + "부터 " + c.end() + "까지의 예약";
      case Condition.HasProEditOption c -> "보정 옵션이 있음";
      case Condition.BookingRescheduled c -> "예약 시간이 바뀜";
      case Condition.BookingCancelled c -> "예약이 취소됨";
      case Condition.StoreIdMatches c -> "매장 " + String.join(", ", c.storeIds());
    };
  }

  /** The YAML spelling, shown beside the words. */
  static String yaml(Condition condition) {
    return ConditionText.of(condition);
  }

  static String does(Action action) {
    return switch (action) {
      case Action.CreateDbRecord a -> "예약을 기록";
      case Action.SendSms a -> "문자 보내기: " + a.template() + (a.storeSpecific() ? " (매장별 문구)" : "");
      case Action.UpdateFlag a -> (a.value() ? "표시 " : "표시 해제 ") + a.flag();
      case Action.SendTelegram a -> "텔레그램 알림: " + a.templateName();
      case Action.SendSlack a -> "슬랙 알림 (" + a.channel() + "): " + a.templateName();
      case Action.LogEvent a -> "로그 남기기: " + a.eventType();
    };
  }

  static String quiet(Rule rule, Optional<QuietWindow> fileWide) {
    String window = rule.quietHours().window(fileWide).map(w -> w + "에는 보내지 않고 기다림").orElse("없음");
    return switch (rule.quietHours()) {
      case QuietHours.Exempt e -> "적용 안 함 (이 규칙은 언제나 보냄)";
      case QuietHours.Own o -> window + " (이 규칙만의 시간)";
      case QuietHours.Inherit i -> window;
    };
  }

  private static String span(Duration d) {
    return d.toMinutesPart() == 0 ? d.toHours() + "시간" : d.toMinutes() + "분";
  }

  private static String join(List<Condition> conditions, String by) {
    return conditions.stream().map(RuleWords::when).collect(Collectors.joining(by));
  }
}
