package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.naversms.core.cost.Billed;
import com.naversms.core.cost.MessageCosts;
import java.util.List;

/**
 * 비용: the last 30 days' billed messages and their cost per day and channel, as a chart drawn on the
 * server ({@link CostChart}) and a table of the days with messages; the prices used and, when
 * AlimTalk went out, what the same messages would have cost as SMS/LMS only.
 */
final class CostsPage {
  private CostsPage() {}

  static String page(CostDays period, String csrf) {
    MessageCosts total = period.total();
    StringBuilder b =
        new StringBuilder("<h1>비용</h1><p class=\"hint\">최근 ")
            .append(CostDays.PERIOD)
            .append("일 (")
            .append(period.days().getFirst().date())
            .append(" ~ ")
            .append(period.days().getLast().date())
            .append(")에 SENS가 받은 문자와 그 비용입니다 (통신사에서 실패한 문자는 빼고, SENS가 받은 날 기준,")
            .append(" 부가세 별도).</p>");
    b.append("<p class=\"total\" id=\"cost-total\" data-count=\"")
        .append(total.totalCount())
        .append("\">")
        .append(esc(total.korean()))
        .append("</p>");
    if (total.count(Billed.ALIMTALK) > 0) {
      b.append("<p class=\"hint\">같은 문자를 SMS/LMS로만 보냈다면 ")
          .append(esc(MessageCosts.krw(period.comparison().smsOnly().total())))
          .append("원: 실제 비용은 그 ")
          .append(esc(period.comparison().percent()))
          .append("입니다.</p>");
    }
    b.append(legend()).append("<figure class=\"chart\">").append(CostChart.svg(period));
    b.append("<figcaption>막대 높이: 하루 비용 (원), 위 숫자: 문자 건수</figcaption></figure>");
    if (total.totalCount() == 0) {
      b.append("<p class=\"empty\">최근 ").append(CostDays.PERIOD).append("일 동안 보낸 문자가 없습니다.</p>");
    } else {
      b.append(table(period.days()));
    }
    b.append("<p class=\"hint\">단가 (원, 부가세 별도): ");
    for (Billed way : Billed.values()) {
      b.append(esc(way.korean()))
          .append(" ")
          .append(esc(MessageCosts.krw(period.table().price(way))))
          .append(" · ");
    }
    b.append("출처: ").append(esc(period.table().source())).append(" (설정 폴더의 costs.yaml로 바꿉니다)</p>");
    return Html.page("비용", "costs", csrf, b.toString());
  }

  private static String legend() {
    StringBuilder b = new StringBuilder("<ul class=\"legend\">");
    for (Billed way : Billed.values()) {
      b.append("<li><span class=\"swatch ")
          .append(CostChart.css(way))
          .append("\"></span>")
          .append(esc(way.korean()))
          .append("</li>");
    }
    return b.append("</ul>").toString();
  }

  /** The days with messages, newest first: each channel's count and the day's cost. */
  private static String table(List<CostDays.Day> days) {
    StringBuilder b =
        new StringBuilder("<table class=\"all\" id=\"cost-days\"><thead><tr><th>날짜</th>");
    for (Billed way : Billed.values()) {
      b.append("<th>").append(esc(way.korean())).append("</th>");
    }
    b.append("<th>합계</th><th>비용 (원)</th></tr></thead><tbody>");
    for (CostDays.Day d : days.reversed()) {
      MessageCosts c = d.costs();
      if (c.totalCount() == 0) {
        continue;
      }
      b.append("<tr data-date=\"")
          .append(d.date())
          .append("\"><td>")
          .append(d.date())
          .append("</td>");
      for (Billed way : Billed.values()) {
        b.append("<td>").append(c.count(way)).append("</td>");
      }
      b.append("<td>")
          .append(c.totalCount())
          .append("</td><td>")
          .append(esc(MessageCosts.krw(c.total())))
          .append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }
}
