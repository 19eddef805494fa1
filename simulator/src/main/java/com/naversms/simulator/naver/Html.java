package com.naversms.simulator.naver;

/** The simulated Naver pages. */
final class Html {
  private Html() {}

  static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title></head><body>"
        + body
        + "</body></html>";
  }

  static String loginForm(String url, String error) {
    String message =
        error == null
            ? ""
            : "<div id=\"err_common\" class=\"error_message\" role=\"alert\">"
                + escape(error)
                + "</div>";
    return page(
        "네이버 : 로그인",
        "<form id=\"frmNIDLogin\" name=\"frmNIDLogin\" method=\"POST\" action=\"/nidlogin.login\">"
            + "<input type=\"hidden\" name=\"mode\" value=\"form\">"
            + "<input type=\"hidden\" name=\"url\" value=\""
            + escape(url)
            + "\">"
            + "<input type=\"text\" id=\"id\" name=\"id\" placeholder=\"아이디\" autocomplete=\"off\">"
            + "<input type=\"password\" id=\"pw\" name=\"pw\" placeholder=\"비밀번호\">"
            + message
            + "<button type=\"submit\" id=\"log.login\" class=\"btn_login\">로그인</button>"
            + "</form>");
  }

  static String captcha() {
    return page(
        "네이버 : 로그인",
        "<div id=\"captcha_wrap\"><p id=\"captcha_info\">자동입력 방지를 위해 아래 이미지의 문자를 입력해 주세요.</p>"
            + "<img id=\"captchaimg\" alt=\"캡차이미지\" src=\"data:,\">"
            + "<input type=\"text\" id=\"captcha\" name=\"captcha\"></div>");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
