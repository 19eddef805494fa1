package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.ledger.StateChange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 고객: the search form, then per number the customer's bookings and every message with its text,
 * history and carrier result, and the actions (다시 보내기; 확인 처리 for an uncertain message), each
 * through a confirmation page with a note. The one page that shows whole numbers and names.
 */
final class CustomerPage {
  private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CustomerPage() {}

  static String page(
      String query, List<CustomerSearch.Customer> found, String notice, String csrf) {
    StringBuilder b = new StringBuilder("<h1>고객</h1>");
    if (!notice.isEmpty()) {
      b.append("<p class=\"notice\" role=\"status\">").append(esc(notice)).append("</p>");
    }
    b.append("<form method=\"get\" action=\"/customers\" class=\"search\">")
        .append("<label for=\"q\">전화번호 뒤 4자리, 전체 번호 또는 이름</label> ")
        .append("<input id=\"q\" name=\"q\" autofocus value=\"")
        .append(esc(query))
        .append("\"> ")
        .append("<button type=\"submit\">찾기</button></form>");
    if (!query.isEmpty() && found.isEmpty()) {
      b.append("<p class=\"empty\">찾은 고객이 없습니다. 번호는 뒤 4자리나 전체 번호로 찾습니다.</p>");
    }
    for (CustomerSearch.Customer c : found) {
      b.append("<section class=\"customer\" data-phone-last4=\"")
          .append(esc(Phone.last4(c.phone())))
          .append("\"><h2>")
          .append(esc(c.name().isEmpty() ? "(이름 모름)" : c.name()))
          .append(" ")
          .append(esc(Phone.hyphenated(c.phone())))
          .append("</h2>");
      if (!c.bookings().isEmpty()) {
        b.append("<h3>예약</h3><ul class=\"bookings\">");
        for (Booking bk : c.bookings()) {
          b.append("<li>")
              .append(esc(bk.startLocal().format(DAY_HM)))
              .append(" · 매장 ")
              .append(esc(bk.storeId()))
              .append(" · ")
              .append(esc(bk.bookingNum()))
              .append("</li>");
        }
        b.append("</ul>");
      }
      b.append("<h3>문자 ").append(c.messages().size()).append("건</h3>");
      for (LedgerEntry e : c.messages()) {
        b.append(message(e, query));
      }
      b.append("</section>");
    }
    return Html.page("고객", "customers", csrf, b.toString());
  }

  private static String message(LedgerEntry e, String query) {
    StringBuilder b = new StringBuilder("<article class=\"message\" data-key=\"");
    b.append(esc(e.key().id()))
        .append("\" data-state=\"")
        .append(esc(e.state().wireName()))
        .append("\"><header><span class=\"chip ")
        .append(StateLabels.tone(e.state()))
        .append("\">")
        .append(esc(StateLabels.label(e.state())))
        .append("</span> ")
        .append(esc(e.message().template()))
        .append(" <small>(")
        .append(esc(e.message().rule()))
        .append(") · ")
        .append(esc(StateLabels.channel(e)))
        .append(" · 예약 ")
        .append(esc(e.key().slot()))
        .append(" · ")
        .append(esc(e.key().id()))
        .append("</small></header>");
    b.append("<pre class=\"text\">").append(esc(e.message().text())).append("</pre>");
    String carrier = StateLabels.carrier(e);
    b.append("<p class=\"facts\">시도 ").append(e.attempts()).append("회");
    if (e.acceptedAt() != null) {
      b.append(" · SENS 접수 ").append(esc(StateLabels.dayTime(e.acceptedAt())));
    }
    if (!carrier.isEmpty()) {
      b.append(" · ").append(esc(carrier));
    }
    if (!e.lastError().isEmpty()) {
      b.append(" · 오류: ").append(esc(e.lastError()));
    }
    b.append("</p><ol class=\"history\">");
    for (StateChange h : e.history()) {
      b.append("<li>")
          .append(esc(StateLabels.dayTime(h.at())))
          .append(" ")
          .append(esc(StateLabels.label(h.state())))
          .append(h.detail().isEmpty() ? "" : " · " + esc(h.detail()))
          .append("</li>");
    }
    b.append("</ol><p class=\"actions\">");
    String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
    String k = URLEncoder.encode(e.key().id(), StandardCharsets.UTF_8);
    b.append("<a class=\"button\" href=\"/customers/confirm?action=resend&amp;key=")
        .append(k)
        .append("&amp;q=")
        .append(q)
        .append("\">다시 보내기</a>");
    if (e.state() == MessageState.UNCERTAIN) {
      b.append(" <a class=\"button\" href=\"/customers/confirm?action=resolve&amp;key=")
          .append(k)
          .append("&amp;q=")
          .append(q)
          .append("\">확인 처리</a>");
    }
    return b.append("</p></article>").toString();
  }

  /** The confirmation step: what will happen, to which number, with a note. */
  static String confirm(String action, LedgerEntry e, String query, String csrf) {
    boolean resend = action.equals("resend");
    StringBuilder b =
        new StringBuilder("<h1>")
            .append(resend ? "문자를 다시 보낼까요?" : "불확실한 문자를 확인 처리할까요?")
            .append("</h1>");
    b.append("<p>")
        .append(esc(Phone.hyphenated(e.message().phone())))
        .append(" · ")
        .append(esc(e.message().template()))
        .append(" · ")
        .append(esc(e.key().id()))
        .append("</p>");
    b.append("<pre class=\"text\">").append(esc(e.message().text())).append("</pre>");
    b.append("<form method=\"post\" action=\"/customers/")
        .append(resend ? "resend" : "resolve")
        .append("\" class=\"confirm\">")
        .append(Html.csrfField(csrf))
        .append("<input type=\"hidden\" name=\"key\" value=\"")
        .append(esc(e.key().id()))
        .append("\"><input type=\"hidden\" name=\"q\" value=\"")
        .append(esc(query))
        .append("\">");
    if (resend) {
      b.append("<p>같은 내용을 같은 번호로 한 번 더 보냅니다. 보낸 기록은 문자 기록에 남습니다.</p>")
          .append("<label><input type=\"checkbox\" name=\"force\" value=\"yes\"> ")
          .append("예약 시간이 지났어도 보내기</label>");
    } else {
      b.append("<fieldset><legend>고객이 받았나요?</legend>")
          .append("<label><input type=\"radio\" name=\"delivered\" value=\"yes\" required> ")
          .append("받았습니다 (다시 보내지 않음)</label> ")
          .append("<label><input type=\"radio\" name=\"delivered\" value=\"no\"> ")
          .append("받지 못했습니다 (다음 주기에 보냄)</label></fieldset>");
    }
    b.append("<label for=\"note\">메모 (이유, 확인한 내용)</label>")
        .append("<textarea id=\"note\" name=\"note\" rows=\"2\" required></textarea>")
        .append("<p><button type=\"submit\" class=\"primary\">확인</button> ")
        .append("<a href=\"/customers?q=")
        .append(esc(URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .append("\">취소</a></p></form>");
    return Html.page("확인", "customers", csrf, b.toString());
  }
}
