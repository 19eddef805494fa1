package com.naversms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.simulator.naver.SimCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginPagesTest {
  static final Simulator SIM = Simulator.start();

  @AfterAll
  static void stop() {
    SIM.close();
  }

  @BeforeEach
  void reset() {
    SIM.reset();
    SIM.naver().refuseLogins(false);
  }

  static HttpResponse<String> submit(String id, String pw, String url) {
    return Http.post(
        SIM.baseUrl() + "/nidlogin.login",
        "application/x-www-form-urlencoded",
        "mode=form&url="
            + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)
            + "&id="
            + id
            + "&pw="
            + pw);
  }

  static String cookieHeader(HttpResponse<String> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .map(c -> c.substring(0, c.indexOf(';')))
        .collect(Collectors.joining("; "));
  }

  @Test
  void loginForm_hasTheFieldsTheBrowserLoginLooksFor() {
    HttpResponse<String> r = Http.get(SIM.naver().loginUrl());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"id\"", "name=\"id\"", "id=\"pw\"", "name=\"pw\"", "id=\"log.login\"");
  }

  @Test
  void goodCredentials_setSessionCookiesAndRedirectToUrl() {
    HttpResponse<String> r = submit("demo-user", "demo-pass", SIM.baseUrl() + "/");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains(SIM.baseUrl() + "/");
    List<String> setCookies = r.headers().allValues("Set-Cookie");
    assertThat(setCookies)
        .anySatisfy(c -> assertThat(c).startsWith("NID_AUT=").contains("Path=/", "HttpOnly"));
    assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("NID_SES=").contains("Path=/"));
    assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("NNB="));
    assertThat(SIM.naver().loginCount()).isEqualTo(1);

    String cookies = cookieHeader(r);
    assertThat(SIM.naver().validSession(cookies)).isTrue();
    assertThat(
            Http.get(SIM.baseUrl() + "/user2/help/myInfoV2?lang=ko_KR", "Cookie", cookies)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void externalReturnUrl_isReplacedByPartnerHome() {
    HttpResponse<String> r = submit("demo-user", "demo-pass", "https://www.naver.com/");
    assertThat(r.headers().firstValue("Location")).contains("/");
  }

  @Test
  void badCredentials_showTheFormAgainWithAnError() {
    int before = SIM.naver().loginCount();
    HttpResponse<String> r = submit("demo-user", "wrong", SIM.baseUrl() + "/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.uri().toString()).contains("login");
    assertThat(r.body()).contains("err_common", "id=\"log.login\"");
    assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(SIM.naver().loginCount()).isEqualTo(before);
    assertThat(SIM.naver().loginAttempts()).isPositive();
  }

  @Test
  void refusedLogins_answerWithACaptcha() {
    SIM.naver().refuseLogins(true);
    assertThat(Http.get(SIM.naver().loginUrl()).body())
        .contains("captcha")
        .doesNotContain("log.login");
    HttpResponse<String> r = submit("demo-user", "demo-pass", SIM.baseUrl() + "/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("captcha");
    assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void sessionCheck_withoutOrWithExpiredCookies_redirectsToLogin() {
    HttpResponse<String> none = Http.get(SIM.baseUrl() + "/user2/help/myInfoV2");
    assertThat(none.statusCode()).isEqualTo(302);
    assertThat(none.headers().firstValue("Location").orElseThrow()).contains("nidlogin.login");

    String cookies = SimCookie.header(SIM.naver().issueSession());
    assertThat(Http.get(SIM.baseUrl() + "/user2/help/myInfoV2", "Cookie", cookies).statusCode())
        .isEqualTo(200);
    SIM.naver().expireSessions();
    assertThat(Http.get(SIM.baseUrl() + "/user2/help/myInfoV2", "Cookie", cookies).statusCode())
        .isEqualTo(302);
    assertThat(SIM.naver().validSession(cookies)).isFalse();
  }

  @Test
  void partnerHome_answers200() {
    assertThat(Http.get(SIM.baseUrl() + "/").statusCode()).isEqualTo(200);
  }

  @Test
  void issuedSession_looksLikeTheBrowsersCookieList() {
    List<SimCookie> cookies = SIM.naver().issueSession();
    assertThat(cookies).extracting(SimCookie::name).contains("NID_AUT", "NID_SES", "NNB");
    assertThat(cookies).allSatisfy(c -> assertThat(c.path()).isEqualTo("/"));
    assertThat(cookies).allSatisfy(c -> assertThat(c.domain()).isEqualTo("127.0.0.1"));
  }
}
