package com.naversms.app.console;

/**
 * The console's pages are strings built here: every value from a booking, the ledger or the config
 * goes through {@link #esc}; the layout (navigation, the CSRF token for scripts, the jar's own
 * stylesheet and script) is {@link #page}.
 */
final class Html {
  private Html() {}

  static String esc(Object value) {
    String s = value == null ? "" : value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A hidden field carrying the session's CSRF token: every form has one. */
  static String csrfField(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(csrf) + "\">";
  }

  /**
   * A whole page: header with the navigation ({@code active}: today, customers, templates, rules,
   * costs).
   */
  static String page(String title, String active, String csrf, String body) {
    StringBuilder nav = new StringBuilder();
    nav.append(link("/today", "오늘", active.equals("today")));
    nav.append(link("/customers", "고객", active.equals("customers")));
    nav.append(link("/templates", "문구", active.equals("templates")));
    nav.append(link("/rules", "규칙", active.equals("rules")));
    nav.append(link("/costs", "비용", active.equals("costs")));
    return "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"csrf\" content=\""
        + esc(csrf)
        + "\"><title>"
        + esc(title)
        + " · 예약 문자 콘솔</title>"
        + "<link rel=\"stylesheet\" href=\"/assets/console.css\">"
        + "<script src=\"/assets/console.js\" defer></script></head><body>"
        + "<header class=\"top\"><span class=\"brand\">예약 문자 콘솔</span><nav>"
        + nav
        + "</nav><form method=\"post\" action=\"/logout\" class=\"logout\">"
        + csrfField(csrf)
        + "<button type=\"submit\">로그아웃</button></form></header><main>"
        + body
        + "</main></body></html>";
  }

  /** A page before login: no navigation, no token. */
  static String bare(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + esc(title)
        + " · 예약 문자 콘솔</title><link rel=\"stylesheet\" href=\"/assets/console.css\">"
        + "</head><body><main class=\"narrow\">"
        + body
        + "</main></body></html>";
  }

  private static String link(String href, String label, boolean active) {
    return "<a href=\""
        + href
        + "\""
        + (active ? " class=\"active\" aria-current=\"page\"" : "")
        + ">"
        + label
        + "</a>";
  }
}
