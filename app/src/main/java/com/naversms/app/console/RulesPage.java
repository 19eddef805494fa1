package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;

/**
 * 규칙: every rule in file order in plain Korean (when it fires, what it does, on or off, quiet
 * hours), and for a chosen booking number {@code explain}'s verdicts.
 */
final class RulesPage {
  private RulesPage() {}

  /**
   * @param verdicts {@code explain}'s text for the booking asked for, empty when none was asked for
   *     or the preview did not find it (then {@code problem} says why)
   */
  static String page(
      Configuration config, String booking, String verdicts, String problem, String csrf) {
    StringBuilder b = new StringBuilder("<h1>규칙</h1>");
    b.append("<p class=\"hint\">규칙은 위에서부터 차례로 봅니다. 조건이 모두 맞는 규칙은 모두 실행됩니다.</p>");
    b.append("<table class=\"rules\"><thead><tr><th>규칙</th><th>사용</th><th>언제</th>")
        .append("<th>하는 일</th><th>조용한 시간</th></tr></thead><tbody>");
    for (Rule r : config.rules()) {
      b.append("<tr data-rule=\"")
          .append(esc(r.name()))
          .append("\"><td><strong>")
          .append(esc(r.name()))
          .append("</strong>");
      if (r.description() != null && !r.description().isBlank()) {
        b.append("<br><span class=\"hint\">").append(esc(r.description())).append("</span>");
      }
      b.append("</td><td>")
          .append(r.enabled() ? "켜짐" : "꺼짐")
          .append("</td><td>")
          .append(esc(RuleWords.when(r.condition())))
          .append("<br><code class=\"hint\">")
          .append(esc(RuleWords.yaml(r.condition())))
          .append("</code></td><td><ul>");
      r.actions().forEach(a -> b.append("<li>").append(esc(RuleWords.does(a))).append("</li>"));
      b.append("</ul></td><td>")
          .append(esc(RuleWords.quiet(r, config.quietHours())))
          .append("</td></tr>");
    }
    b.append("</tbody></table>");
    b.append("<h2>예약 하나에 대한 판단</h2><form method=\"get\" action=\"/rules\">")
        .append(
            "<label for=\"booking\">예약 번호</label> <input id=\"booking\" name=\"booking\" value=\"")
        .append(esc(booking))
        .append("\"> <button type=\"submit\">보기</button></form>");
    if (!problem.isEmpty()) {
      b.append("<p class=\"notice bad\" role=\"alert\">").append(esc(problem)).append("</p>");
    }
    if (!verdicts.isEmpty()) {
      b.append("<pre class=\"verdicts\">").append(esc(verdicts)).append("</pre>");
    }
    return Html.page("규칙", "rules", csrf, b.toString());
  }
}
