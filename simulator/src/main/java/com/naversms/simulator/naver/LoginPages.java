package com.naversms.simulator.naver;

import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** nid.naver.com's login form, the myInfo session check and the partner home page. */
final class LoginPages {
  static final String LOGIN_PATH = "/nidlogin.login";
  static final String MY_INFO_PATH = "/user2/help/myInfoV2";
  private final NaverSim sim;
  private final String baseUrl;

  LoginPages(NaverSim sim, String baseUrl) {
    this.sim = sim;
    this.baseUrl = baseUrl;
  }

  SimResponse form(SimRequest request) {
    if (sim.refusesLogins()) {
      return SimResponse.html(200, Html.captcha());
    }
    return SimResponse.html(200, Html.loginForm(request.query().getOrDefault("url", ""), null));
  }

  SimResponse submit(SimRequest request) {
    sim.countLoginAttempt();
    if (sim.refusesLogins()) {
      return SimResponse.html(200, Html.captcha());
    }
    Map<String, String> form = request.form();
    String url = form.getOrDefault("url", request.query().getOrDefault("url", ""));
    if (!sim.username().equals(form.get("id")) || !sim.password().equals(form.get("pw"))) {
      return SimResponse.html(
          200, Html.loginForm(url, "아이디(로그인 전화번호, 로그인 전용 아이디) 또는 비밀번호를 잘못 입력했습니다."));
    }
    SimResponse response = SimResponse.redirect(target(url));
    for (SimCookie cookie : sim.sessions().issue()) {
      response = response.withHeader("Set-Cookie", setCookie(cookie));
    }
    sim.sessions().countLogin();
    return response;
  }

  SimResponse myInfo(SimRequest request) {
    if (!sim.sessions().valid(request.cookies())) {
      return SimResponse.redirect(loginLocation(baseUrl + MY_INFO_PATH));
    }
    return SimResponse.html(200, Html.page("내정보", "<h1 id=\"myinfo\">내정보</h1><p>로그인 상태입니다.</p>"));
  }

  SimResponse partnerHome(SimRequest request) {
    boolean in = sim.sessions().valid(request.cookies());
    return SimResponse.html(
        200,
        Html.page(
            "네이버 예약 파트너센터",
            in
                ? "<h1 id=\"partner-home\">네이버 예약 파트너센터</h1>"
                : "<h1 id=\"partner-home\">네이버 예약 파트너센터</h1><a href=\""
                    + LOGIN_PATH
                    + "?mode=form\">로그인</a>"));
  }

  SimResponse bookingListView(SimRequest request) {
    if (!sim.sessions().valid(request.cookies())) {
      return SimResponse.redirect(loginLocation(baseUrl + request.rawPath()));
    }
    return SimResponse.html(
        200,
        Html.page(
            "예약자관리",
            "<h1 id=\"booking-list\">예약자관리 " + Html.escape(request.pathParam(0)) + "</h1>"));
  }

  static String loginLocation(String returnUrl) {
    return LOGIN_PATH + "?mode=form&url=" + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8);
  }

  /** Only local targets: the simulator never sends a browser to the real Naver. */
  private String target(String url) {
    if (url == null || url.isEmpty()) {
      return "/";
    }
    if (url.startsWith(baseUrl) || (url.startsWith("/") && !url.startsWith("//"))) {
      return url;
    }
    return "/";
  }

  private static String setCookie(SimCookie cookie) {
    StringBuilder header = new StringBuilder(cookie.name() + "=" + cookie.value() + "; Path=/");
    if (cookie.expiry() != null) {
      header
          .append("; Expires=")
          .append(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  Instant.ofEpochSecond(cookie.expiry()).atOffset(ZoneOffset.UTC)));
    }
    if (cookie.httpOnly()) {
      header.append("; HttpOnly");
    }
    return header.append("; SameSite=Lax").toString();
  }
}
