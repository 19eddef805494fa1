package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.naversms.core.booking.PersonName;
import com.naversms.core.booking.Phone;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.ledger.LedgerEntry;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * 오늘: the header (last cycle, today's sent and failed messages, uncertain ones, the Naver session)
 * and each store's bookings on an hour axis with their messages. Names and numbers are masked here;
 * the customer page shows them whole. {@link #part} is what the page's script fetches to refresh
 * without a reload.
 */
final class TodayPage {
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  private TodayPage() {}

  static String page(TodayView.Day day, String csrf) {
    return Html.page(
        "오늘",
        "today",
        csrf,
        "<h1>오늘 "
            + esc(day.date())
            + "</h1><div id=\"today\" data-refresh=\"/today?part=1\">"
            + part(day)
            + "</div>");
  }

  static String part(TodayView.Day day) {
    StringBuilder b = new StringBuilder();
    b.append(header(day.numbers()));
    b.append("<p class=\"hint\">다음 주기: ").append(esc(day.nextCycle().format(HM))).append("</p>");
    for (TodayView.StoreDay store : day.stores()) {
      b.append("<section class=\"store\" data-store=\"").append(esc(store.storeId())).append("\">");
      b.append("<h2>")
          .append(esc(store.storeName()))
          .append(" <small>")
          .append(store.rows().size())
          .append("건</small></h2>");
      if (store.rows().isEmpty()) {
        b.append("<p class=\"empty\">오늘 예약이 없습니다.</p>");
      }
      Map<Integer, StringBuilder> hours = new TreeMap<>();
      for (TodayView.Row row : store.rows()) {
        hours.computeIfAbsent(row.start().getHour(), h -> new StringBuilder()).append(row(row));
      }
      hours.forEach((hour, rows) ->
          b.append("<div class=\"hour\"><div class=\"tick\">")
              .append(String.format("%02d:00", hour))
              .append("</div><div class=\"rows\">")
              .append(rows)
              .append("</div></div>"));
      b.append("</section>");
    }
    return b.toString();
  }

  /** The header's numbers, each with an id the script updates from {@code /today/numbers}. */
  static String header(TodayView.Numbers n) {
    String last = n.last().map(TodayPage::lastCycle).orElse("아직 기록된 주기가 없습니다");
    return "<div class=\"numbers\">"
        + cell("마지막 주기", "last-cycle", last)
        + cell("오늘 보낸 문자", "sent", Integer.toString(n.sentToday()))
        + cell("오늘 실패", "failed", Integer.toString(n.failedToday()))
        + cell("불확실", "uncertain", Integer.toString(n.uncertain()))
        + cell("네이버 세션", "naver", n.naver())
        + "</div>";
  }

  /** The header's numbers as JSON ({@code /today/numbers}). */
  static Map<String, String> json(TodayView.Numbers n) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    out.put("last-cycle", n.last().map(TodayPage::lastCycle).orElse("아직 기록된 주기가 없습니다"));
    out.put("sent", Integer.toString(n.sentToday()));
    out.put("failed", Integer.toString(n.failedToday()));
    out.put("uncertain", Integer.toString(n.uncertain()));
    out.put("naver", n.naver());
    return out;
  }

  static String lastCycle(LastCycle c) {
    String outcome =
        switch (c.outcome()) {
          case "ok" -> "정상";
          case "problems" -> "문제 있음";
          case "failed" -> "중단됨";
          default -> c.outcome();
        };
    return StateLabels.dayTime(c.at())
        + " "
        + outcome
        + " · 발송 "
        + c.sent()
        + " · 실패 "
        + c.failed()
        + (c.uncertain() > 0 ? " · 불확실 " + c.uncertain() : "")
        + (c.failure().isEmpty() ? "" : " · " + c.failure());
  }

  private static String row(TodayView.Row r) {
    StringBuilder b = new StringBuilder("<div class=\"booking\" data-booking=\"");
    b.append(esc(r.bookingNum()))
        .append("\"><span class=\"time\">")
        .append(esc(r.start().format(HM)))
        .append("</span> <a href=\"/customers?q=")
        .append(esc(Phone.last4(r.phone())))
        .append("\">")
        .append(esc(r.name().isEmpty() ? "(이름 모름)" : PersonName.masked(r.name())))
        .append(" ")
        .append(esc(Phone.masked(r.phone())))
        .append("</a><ul class=\"msgs\">");
    for (LedgerEntry e : r.messages()) {
      b.append(chip(e));
    }
    for (TodayView.Due d : r.due()) {
      b.append("<li class=\"msg due\">")
          .append(esc(d.at().format(HM)))
          .append(" 발송 예정 · ")
          .append(esc(d.template()))
          .append(" <small>(")
          .append(esc(d.rule()))
          .append(")</small></li>");
    }
    for (String d : r.deferred()) {
      b.append("<li class=\"msg warn\">조용한 시간으로 보류 · ").append(esc(d)).append("</li>");
    }
    if (r.messages().isEmpty() && r.due().isEmpty() && r.deferred().isEmpty()) {
      b.append("<li class=\"msg off\">문자 없음</li>");
    }
    return b.append("</ul></div>").toString();
  }

  static String chip(LedgerEntry e) {
    String at = StateLabels.time(e.acceptedAt() != null ? e.acceptedAt() : e.updatedAt());
    String carrier = StateLabels.carrier(e);
    return "<li class=\"msg "
        + StateLabels.tone(e.state())
        + "\" data-state=\""
        + esc(e.state().wireName())
        + "\">"
        + esc(StateLabels.label(e.state()))
        + " · "
        + esc(e.message().template().isEmpty() ? e.key().message() : e.message().template())
        + " · "
        + esc(StateLabels.channel(e))
        + " · "
        + esc(at)
        + (carrier.isEmpty() ? "" : " · " + esc(carrier))
        + "</li>";
  }

  private static String cell(String label, String id, String value) {
    return "<div class=\"num\"><span class=\"label\">"
        + esc(label)
        + "</span><span class=\"value\" data-num=\""
        + id
        + "\">"
        + esc(value)
        + "</span></div>";
  }
}
