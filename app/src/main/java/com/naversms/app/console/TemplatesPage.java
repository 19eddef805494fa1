package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.PersonName;
import com.naversms.core.input.ConfigError;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 문구: {@code sms_templates.yaml} in an editor with line numbers; beside it the chosen template
 * rendered on the sample booking or one of today's, with its EUC-KR bytes and SMS/LMS type, its
 * AlimTalk variant when alimtalk_templates.yaml has one, and the config errors with their lines;
 * below, every template's rendering. The page's script asks {@code /templates/preview} as the owner
 * types. Saving writes the file (self-hosted); on a read-only config folder the page offers the
 * file to download and says how to deploy it.
 */
final class TemplatesPage {
  private static final DateTimeFormatter MD_HM = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private TemplatesPage() {}

  static String page(
      String draft,
      String base,
      TemplateDraft.Checked checked,
      List<Booking> bookings,
      Optional<String> readOnly,
      Path configDir,
      String notice,
      String csrf) {
    StringBuilder b = new StringBuilder("<h1>문구</h1>");
    if (!notice.isEmpty()) {
      b.append("<p class=\"notice\" role=\"status\">").append(esc(notice)).append("</p>");
    }
    b.append("<form id=\"template-form\" method=\"post\" action=\"")
        .append(readOnly.isEmpty() ? "/templates/save" : "/templates/download")
        .append("\">")
        .append(Html.csrfField(csrf))
        .append("<input type=\"hidden\" name=\"base\" value=\"")
        .append(esc(base))
        .append("\">")
        .append(
            "<div class=\"workbench\"><div class=\"editor\"><pre class=\"gutter\" id=\"gutter\"")
        .append(
            " aria-hidden=\"true\"></pre><textarea id=\"yaml\" name=\"yaml\" spellcheck=\"false\"")
        .append(" wrap=\"off\" aria-label=\"sms_templates.yaml\">")
        .append(esc(draft))
        .append("</textarea></div><aside class=\"preview\">")
        .append("<label>문구 <select id=\"template\">");
    for (TemplateDraft.Rendering r : checked.renderings()) {
      b.append("<option value=\"")
          .append(esc(r.key()))
          .append("\">")
          .append(esc(r.key()))
          .append("</option>");
    }
    b.append("</select></label><label>예약 <select id=\"booking\" name=\"booking\">")
        .append("<option value=\"\">예시 예약 (김예시)</option>");
    for (Booking bk : bookings) {
      b.append("<option value=\"")
          .append(esc(bk.bookingNum()))
          .append("\">")
          .append(esc(bk.startLocal().format(MD_HM)))
          .append(" ")
          .append(esc(PersonName.masked(bk.name())))
          .append(" (")
          .append(esc(bk.storeId()))
          .append(")</option>");
    }
    TemplateDraft.Rendering first =
        checked.renderings().isEmpty() ? null : checked.renderings().getFirst();
    b.append("</select></label><p class=\"meta\"><span id=\"bytes\">")
        .append(first == null ? "-" : first.bytes())
        .append("</span> 바이트 (EUC-KR) · ")
        .append("<span id=\"type\">")
        .append(first == null ? "-" : esc(first.type()))
        .append("</span></p><pre id=\"preview-text\" class=\"text\">")
        .append(first == null ? "" : esc(first.text()))
        .append("</pre>")
        .append(alimTalk(first == null ? Optional.empty() : first.alimTalk()))
        .append("<ul id=\"errors\" class=\"errors\">")
        .append(errors(checked.errors()))
        .append("</ul></aside></div>")
        .append("<label for=\"note\">메모 (무엇을 왜 바꿨는지)</label> ")
        .append("<input id=\"note\" name=\"note\" size=\"60\"> ");
    if (readOnly.isEmpty()) {
      b.append("<button type=\"submit\" class=\"primary\" id=\"save\">저장</button>")
          .append("<p class=\"hint\">저장하면 설정 전체를 검사한 뒤 파일을 바꾸고, 이전 파일은 .backup 폴더에")
          .append(" 남깁니다. 다음 주기부터 새 문구로 보냅니다.</p>");
    } else {
      b.append(deploy(readOnly.get(), configDir));
    }
    b.append("</form><h2>모든 문구</h2><table class=\"all\" id=\"all-templates\"><thead><tr>")
        .append("<th>문구</th><th>바이트</th><th>종류</th><th>미리보기</th><th>알림톡</th></tr></thead>")
        .append("<tbody>")
        .append(rows(checked.renderings()))
        .append("</tbody></table>");
    return Html.page("문구", "templates", csrf, b.toString());
  }

  /** The download button of a read-only folder, why it is read-only, and how to deploy the file. */
  private static String deploy(String why, Path configDir) {
    return "<button type=\"submit\" class=\"primary\" id=\"save\">파일로 받기</button>"
        + "<div class=\"hint\" id=\"read-only\"><p>이 설정은 여기서 저장하지 않습니다: "
        + esc(why)
        + ".</p><p>배포 방법: 받은 sms_templates.yaml로 설정 폴더(git에 두는 사본)의 파일을 바꾸고, 검사 후"
        + " 올립니다. 다음 주기부터 새 문구로 보냅니다.</p><pre class=\"text\">naver-sms config check --config "
        + esc(configDir.toString())
        + "\nnaver-sms config push --config "
        + esc(configDir.toString())
        + " --to \"$(terraform output -raw config_uri)\"</pre>"
        + "<p>자세한 내용: docs/deploy.md \"Change a message\"</p></div>";
  }

  /**
   * The AlimTalk variant beside the preview (hidden for a template without one); the page's script
   * fills it for the chosen template as the owner types.
   */
  private static String alimTalk(Optional<AlimTalkPreview> variant) {
    AlimTalkPreview a = variant.orElse(null);
    StringBuilder b =
        new StringBuilder("<section id=\"alimtalk\" class=\"alimtalk\"")
            .append(a == null ? " hidden" : "")
            .append("><h3>알림톡</h3><p class=\"meta\"><span id=\"alimtalk-chars\">")
            .append(a == null ? "-" : a.characters())
            .append("</span>자 / 1,000자 · 템플릿 <span id=\"alimtalk-code\">")
            .append(a == null ? "" : esc(a.templateCode()))
            .append("</span> · 채널 <span id=\"alimtalk-channel\">")
            .append(a == null ? "" : esc(a.channel()))
            .append("</span></p><pre id=\"alimtalk-text\" class=\"text\">")
            .append(a == null ? "" : esc(a.error().isEmpty() ? a.text() : a.error()))
            .append("</pre><ul id=\"alimtalk-buttons\">");
    if (a != null) {
      for (String button : a.buttons()) {
        b.append("<li>").append(esc(button)).append("</li>");
      }
    }
    return b.append("</ul><p class=\"hint\">알림톡으로 보내고, 닿지 않으면 (카카오톡을 쓰지 않는 번호) 위의")
        .append(" SMS/LMS로 보냅니다. 알림톡 문구는 카카오가 승인한 그대로여야 하므로 alimtalk_templates.yaml에서")
        .append(" 바꾸고 카카오에 다시 승인받습니다.</p></section>")
        .toString();
  }

  static String errors(List<ConfigError> errors) {
    StringBuilder b = new StringBuilder();
    for (ConfigError e : errors) {
      b.append("<li data-line=\"")
          .append(e.line())
          .append("\" data-file=\"")
          .append(esc(e.file()))
          .append("\">")
          .append(esc(e.file()))
          .append(e.line() > 0 ? " " + e.line() + "번째 줄" : "")
          .append(": ")
          .append(esc(e.path() == null || e.path().isEmpty() ? "" : e.path() + ": "))
          .append(esc(e.message()))
          .append("</li>");
    }
    return b.toString();
  }

  static String rows(List<TemplateDraft.Rendering> renderings) {
    StringBuilder b = new StringBuilder();
    for (TemplateDraft.Rendering r : renderings) {
      b.append("<tr data-key=\"")
          .append(esc(r.key()))
          .append("\"><td>")
          .append(esc(r.key()))
          .append("</td><td>")
          .append(r.bytes())
          .append("</td><td>")
          .append(esc(r.type()))
          .append("</td><td><pre class=\"text small\">")
          .append(esc(r.error().isEmpty() ? r.text() : r.error()))
          .append("</pre></td><td class=\"alimtalk\">")
          .append(
              r.alimTalk()
                  .map(a ->
                      "<pre class=\"text small\">"
                          + esc(a.error().isEmpty() ? a.text() : a.error())
                          + "</pre>")
                  .orElse("-"))
          .append("</td></tr>");
    }
    return b.toString();
  }

  /** What {@code /templates/preview} answers: errors with their lines, every rendering. */
  static Map<String, Object> json(TemplateDraft.Checked checked) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("valid", checked.valid());
    out.put(
        "errors",
        checked.errors().stream()
            .map(e ->
                Map.of(
                    "file", e.file(),
                    "line", e.line(),
                    "text", e.toString()))
            .toList());
    out.put(
        "templates",
        checked.renderings().stream()
            .map(r -> {
              Map<String, Object> t = new LinkedHashMap<>();
              t.put("key", r.key());
              t.put("subject", r.subject() == null ? "" : r.subject());
              t.put("text", r.text());
              t.put("bytes", r.bytes());
              t.put("type", r.type());
              t.put("error", r.error());
              t.put("alimtalk", r.alimTalk().orElse(null));
              return t;
            })
            .toList());
    out.put("errorsHtml", errors(checked.errors()));
    out.put("rowsHtml", rows(checked.renderings()));
    return out;
  }
}
